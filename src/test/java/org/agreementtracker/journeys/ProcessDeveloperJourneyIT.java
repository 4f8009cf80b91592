package org.agreementtracker.journeys;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.agreementtracker.AgreementTrackerApplication;
import org.agreementtracker.agreement.process.JointStatements;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A process developer changes a form label in a copy of {@code processes/} and restarts
 * the application on the same database: Cockpit shows the new version, Tasklist the new
 * label on new work, and running instances keep theirs.
 */
class ProcessDeveloperJourneyIT {

    private static final String OLD_LABEL = "Draft document (reference or link)";

    private static final String NEW_LABEL = "Draft memorandum, as a reference or a link";

    @Test
    void aChangedFormDeploysANewVersionWhileRunningInstancesKeepTheirs(@TempDir Path data, @TempDir Path copy)
            throws IOException {
        String before = JointStatements.uniqueId("AGR-DEV-V1");
        String after = JointStatements.uniqueId("AGR-DEV-V2");
        try (ConfigurableApplicationContext first = start(data, null)) {
            startAgreement(first, before);
        }
        FileSystemUtils.copyRecursively(Path.of("processes"), copy);
        Path form = copy.resolve("agreement/draft-memorandum-text.form");
        Files.writeString(form, Files.readString(form).replace(OLD_LABEL, NEW_LABEL));

        try (ConfigurableApplicationContext second = start(data, "file:" + copy.toAbsolutePath() + "/")) {
            ProcessEngine engine = second.getBean(ProcessEngine.class);
            startAgreement(second, after);
            assertThat(engine.getRepositoryService()
                .createProcessDefinitionQuery()
                .processDefinitionKey("agreement-lifecycle")
                .latestVersion()
                .singleResult()
                .getVersion()).isEqualTo(2);
            int port = ((WebServerApplicationContext) second).getWebServer().getPort();
            try (Browser browser = new Browser(port)) {
                try (Browser.Session manager = browser.open("journey5-manager", "en-US")) {
                    Page page = manager.page();
                    Tasklist.logInForm(page, "/camunda/app/cockpit/default/#/processes", "manager", "manager");
                    // the processes list links the latest version
                    Locator latest = page.locator("td.name a[href*='/process-definition/agreement-lifecycle:2:']");
                    assertThat(latest).isVisible();
                    latest.click();
                    assertThat(page.locator(".djs-overlays[data-container-id='UserTask_DraftMemorandumText'] .badge")
                        .first()).isVisible();
                    manager.screenshot("40-cockpit-new-version");
                }
                try (Browser.Session coordinator = browser.open("journey5-coordinator", "en-US")) {
                    Tasklist tasklist = new Tasklist(coordinator.page()).logInQuickly("coordinator-us");
                    Locator newWork = tasklist.openTask(draftTask(engine, after).getId());
                    assertThat(newWork).containsText(NEW_LABEL);
                    coordinator.screenshot("41-tasklist-new-label");
                    Locator runningWork = tasklist.openTask(draftTask(engine, before).getId());
                    assertThat(runningWork).containsText(OLD_LABEL);
                    assertThat(runningWork).not().containsText(NEW_LABEL);
                }
            }
            ProcessInstance running = engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(before)
                .singleResult();
            assertThat(
                    engine.getRepositoryService().getProcessDefinition(running.getProcessDefinitionId()).getVersion())
                .isEqualTo(1);
        }
    }

    private static ConfigurableApplicationContext start(Path data, String processes) {
        List<String> args = new java.util.ArrayList<>(
                List.of("--server.port=0", "--agreement-tracker.embedded-database.data-directory=" + data));
        if (processes != null) {
            args.add("--agreement-tracker.processes.location=" + processes);
        }
        return new SpringApplicationBuilder(AgreementTrackerApplication.class).run(args.toArray(String[]::new));
    }

    private static void startAgreement(ConfigurableApplicationContext context, String id) {
        ProcessEngine engine = context.getBean(ProcessEngine.class);
        engine.getIdentityService().setAuthentication("coordinator-us", List.of("coordinators-us"));
        try {
            engine.getRuntimeService()
                .startProcessInstanceByKey("agreement-lifecycle", id, JointStatements.bilateral());
        }
        finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    private static Task draftTask(ProcessEngine engine, String id) {
        return engine.getTaskService()
            .createTaskQuery()
            .processInstanceBusinessKey(id)
            .taskDefinitionKey("UserTask_DraftMemorandumText")
            .singleResult();
    }

}
