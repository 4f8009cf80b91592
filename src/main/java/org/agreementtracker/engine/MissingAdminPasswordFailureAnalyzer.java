package org.agreementtracker.engine;

import org.agreementtracker.engine.AdminPasswordGuard.MissingAdminPasswordException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Tells the operator which variable to set when the administrator password is missing.
 */
class MissingAdminPasswordFailureAnalyzer extends AbstractFailureAnalyzer<MissingAdminPasswordException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MissingAdminPasswordException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Set the environment variable " + IdentityProperties.ADMIN_PASSWORD_VARIABLE
                        + " to the administrator's password, or unset SPRING_DATASOURCE_URL to run on the embedded"
                        + " database with demonstration accounts.",
                cause);
    }

}
