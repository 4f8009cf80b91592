package org.agreementtracker.engine;

import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.agreementtracker.AgreementTrackerApplication;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Starts the whole application the way an operator does, more than once. */
class ApplicationRestartIT {

    @Test
    void restartOnTheSameDataDirectoryKeepsInstancesAndCreatesNoNewVersion(@TempDir Path data) {
        String instanceId;
        long definitions;
        try (ConfigurableApplicationContext first = start(
                "--agreement-tracker.embedded-database.data-directory=" + data,
                "--agreement-tracker.embedded-database.durable=true")) {
            ProcessEngine engine = first.getBean(ProcessEngine.class);
            instanceId = engine.getRuntimeService().startProcessInstanceByKey("smoke-test", "RESTART-1").getId();
            definitions = engine.getRepositoryService().createProcessDefinitionQuery().count();
        }

        try (ConfigurableApplicationContext second = start(
                "--agreement-tracker.embedded-database.data-directory=" + data,
                "--agreement-tracker.embedded-database.durable=true")) {
            ProcessEngine engine = second.getBean(ProcessEngine.class);

            assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instanceId).count())
                .isOne();
            assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instanceId).count()).isOne();
            assertThat(engine.getRepositoryService().createProcessDefinitionQuery().count()).isEqualTo(definitions);
            assertThat(engine.getRepositoryService().createDeploymentQuery().count()).isOne();
        }
    }

    @Test
    void anExternalDatabaseReplacesTheEmbeddedOne() throws Exception {
        try (EmbeddedPostgres external = EmbeddedPostgres.builder().start();
                ConfigurableApplicationContext context = start(
                        "--spring.datasource.url=" + external.getJdbcUrl("postgres", "postgres"),
                        "--spring.datasource.username=postgres",
                        "--agreement-tracker.identity.admin-password=from-the-environment")) {

            assertThat(context.getBeansOfType(EmbeddedPostgres.class)).isEmpty();
            ProcessEngine engine = context.getBean(ProcessEngine.class);
            assertThat(engine.getIdentityService().checkPassword("admin", "from-the-environment")).isTrue();
            assertThat(engine.getIdentityService().createUserQuery().userId("manager").count())
                .as("no demonstration accounts on an external database")
                .isZero();
        }
    }

    @Test
    void anExternalDatabaseWithoutAdministratorPasswordIsRefused() {
        assertThatThrownBy(() -> start("--spring.datasource.url=jdbc:postgresql://localhost:1/none"))
            .hasMessageContaining("AGREEMENT_TRACKER_ADMIN_PASSWORD");
    }

    private static ConfigurableApplicationContext start(String... args) {
        String[] all = new String[args.length + 1];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--server.port=0";
        return new SpringApplicationBuilder(AgreementTrackerApplication.class).run(all);
    }

}
