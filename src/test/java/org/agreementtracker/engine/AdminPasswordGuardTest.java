package org.agreementtracker.engine;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AdminPasswordGuardTest {

    private final AdminPasswordGuard guard = new AdminPasswordGuard();

    @Test
    void refusesAnExternalDatabaseWithoutAdministratorPasswordAndNamesTheVariable() {
        MockEnvironment environment = new MockEnvironment().withProperty("spring.datasource.url",
                "jdbc:postgresql://db:5432/tracker");

        assertThatThrownBy(() -> this.guard.postProcessEnvironment(environment, new SpringApplication()))
            .isInstanceOf(AdminPasswordGuard.MissingAdminPasswordException.class)
            .hasMessageContaining("AGREEMENT_TRACKER_ADMIN_PASSWORD");
    }

    @Test
    void acceptsAnExternalDatabaseWithAdministratorPassword() {
        MockEnvironment environment = new MockEnvironment()
            .withProperty("spring.datasource.url", "jdbc:postgresql://db:5432/tracker")
            .withProperty(AdminPasswordGuard.ADMIN_PASSWORD_PROPERTY, "s3cret-from-vault");

        assertThatCode(() -> this.guard.postProcessEnvironment(environment, new SpringApplication()))
            .doesNotThrowAnyException();
    }

    @Test
    void letsTheEmbeddedDatabaseStartWithoutPassword() {
        MockEnvironment environment = new MockEnvironment().withProperty("spring.datasource.url", "");

        assertThatCode(() -> this.guard.postProcessEnvironment(environment, new SpringApplication()))
            .doesNotThrowAnyException();
    }

    @Test
    void failureAnalysisTellsWhichVariableToSet() {
        var analysis = new MissingAdminPasswordFailureAnalyzer()
            .analyze(new AdminPasswordGuard.MissingAdminPasswordException());

        org.assertj.core.api.Assertions.assertThat(analysis.getAction()).contains("AGREEMENT_TRACKER_ADMIN_PASSWORD");
    }

}
