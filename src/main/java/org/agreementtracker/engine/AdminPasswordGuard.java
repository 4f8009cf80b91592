package org.agreementtracker.engine;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.StringUtils;

/**
 * Refuses to start against an external database unless the administrator's password comes
 * from the environment: a production run never falls back to a known password. Runs
 * before any bean exists, so nothing touches the database first.
 */
class AdminPasswordGuard implements EnvironmentPostProcessor {

    static final String ADMIN_PASSWORD_PROPERTY = "agreement-tracker.identity.admin-password";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (OnEmbeddedDatabaseCondition.embedded(environment)) {
            return;
        }
        if (!StringUtils.hasText(environment.getProperty(ADMIN_PASSWORD_PROPERTY))) {
            throw new MissingAdminPasswordException();
        }
    }

    static class MissingAdminPasswordException extends IllegalStateException {

        MissingAdminPasswordException() {
            super("An external database is configured (spring.datasource.url) but no administrator password: set "
                    + IdentityProperties.ADMIN_PASSWORD_VARIABLE);
        }

    }

}
