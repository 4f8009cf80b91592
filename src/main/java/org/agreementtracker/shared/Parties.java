package org.agreementtracker.shared;

import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The governments that take part in agreements. Each has a coordinators group
 * ({@code coordinators-<code>}) that receives its tasks, and a working language.
 *
 * @param list the parties, from {@code agreement-tracker.parties}
 */
@Validated
@ConfigurationProperties("agreement-tracker")
public record Parties(@NotEmpty @Valid List<Party> parties) {

    public Optional<Party> find(String code) {
        return this.parties.stream().filter(party -> party.code().equals(code)).findFirst();
    }

    public boolean isKnown(String code) {
        return find(code).isPresent();
    }

    public List<String> codes() {
        return this.parties.stream().map(Party::code).toList();
    }

    /**
     * A government taking part in agreements.
     *
     * @param code lower-case ISO 3166 country code
     * @param name the name shown to people
     * @param language the language its coordinators work in (ISO 639-1)
     */
    public record Party(@Pattern(regexp = "[a-z]{2}") String code, @NotBlank String name,
            @DefaultValue("en") @Pattern(regexp = "[a-z]{2}") String language) {

        public String coordinatorsGroup() {
            return coordinatorsGroup(this.code);
        }

        public static String coordinatorsGroup(String code) {
            return "coordinators-" + code;
        }

    }

}
