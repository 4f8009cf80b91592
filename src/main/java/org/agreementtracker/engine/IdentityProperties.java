package org.agreementtracker.engine;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Who may use the application: the administrator account, the parties whose coordinators
 * get a group each, and whether demonstration accounts are created.
 *
 * @param adminUser id of the administrator account
 * @param adminPassword its password, from the environment only; required with an external
 * database
 * @param demoUsers whether to create the documented demonstration accounts; only ever
 * honoured with the embedded database
 * @param parties the governments taking part, each with a coordinators group
 */
@Validated
@ConfigurationProperties("agreement-tracker.identity")
record IdentityProperties(@DefaultValue("admin") @NotBlank String adminUser, String adminPassword,
        @DefaultValue("true") boolean demoUsers, @NotEmpty List<@Valid Party> parties) {

    static final String ADMIN_PASSWORD_VARIABLE = "AGREEMENT_TRACKER_ADMIN_PASSWORD";

    /**
     * A government taking part in agreements.
     *
     * @param code lower-case ISO 3166 country code; the coordinators group is
     * {@code coordinators-<code>}
     * @param name the name shown to people
     * @param language the language its coordinators work in (ISO 639-1)
     */
    record Party(@Pattern(regexp = "[a-z]{2}") String code, @NotBlank String name,
            @DefaultValue("en") @Pattern(regexp = "[a-z]{2}") String language) {

        String coordinatorsGroup() {
            return "coordinators-" + this.code;
        }

    }

}
