package org.agreementtracker.engine;

import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Who administers the application, and whether demonstration accounts are created. The
 * parties, whose coordinators get a group each, are
 * {@link org.agreementtracker.shared.Parties}.
 *
 * @param adminUser id of the administrator account
 * @param adminPassword its password, from the environment only; required with an external
 * database
 * @param demoUsers whether to create the documented demonstration accounts; only ever
 * honoured with the embedded database
 */
@Validated
@ConfigurationProperties("agreement-tracker.identity")
record IdentityProperties(@DefaultValue("admin") @NotBlank String adminUser, String adminPassword,
        @DefaultValue("true") boolean demoUsers) {

    static final String ADMIN_PASSWORD_VARIABLE = "AGREEMENT_TRACKER_ADMIN_PASSWORD";

}
