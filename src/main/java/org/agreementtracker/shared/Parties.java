package org.agreementtracker.shared;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The parties that take part in agreements: governments, and organisations such as UNHCR
 * or INTERPOL. Each has a coordinators group ({@code coordinators-<code>}) that receives
 * its tasks, and a working language. The configuration
 * ({@code agreement-tracker.parties}) seeds them; managers register more at run time,
 * kept in {@code tracker.party} (see {@code engine.PartyRegistration}), and every part of
 * the application sees them at once.
 */
@Validated
@ConfigurationProperties("agreement-tracker")
public class Parties {

    private final List<Party> parties;

    public Parties(@NotEmpty @Valid List<Party> parties) {
        this.parties = new CopyOnWriteArrayList<>(parties);
    }

    public List<Party> parties() {
        return List.copyOf(this.parties);
    }

    public Optional<Party> find(String code) {
        return this.parties.stream().filter(party -> party.code().equals(code)).findFirst();
    }

    public boolean isKnown(String code) {
        return find(code).isPresent();
    }

    public List<String> codes() {
        return this.parties.stream().map(Party::code).toList();
    }

    /** Known from now on; registration calls it, and takes it back if it fails. */
    public void add(Party party) {
        if (!isKnown(party.code())) {
            this.parties.add(party);
        }
    }

    /** Puts the party's new names, language or kind in place of what it had. */
    public void replace(Party party) {
        this.parties.replaceAll(known -> known.code().equals(party.code()) ? party : known);
    }

    public void remove(String code) {
        this.parties.removeIf(party -> party.code().equals(code));
    }

    /**
     * A party taking part in agreements.
     *
     * @param code lower-case: an ISO 3166 country code ({@code pa}) or an organisation's
     * short name ({@code unhcr}), 2 to 20 letters, digits or dashes
     * @param name the name shown to people, in English
     * @param language the language its coordinators work in (ISO 639-1)
     * @param nameEs its name in Spanish, if it differs
     * @param kind COUNTRY or ORGANISATION
     */
    public record Party(@Pattern(regexp = "[a-z][a-z0-9-]{1,19}") String code, @NotBlank String name,
            @DefaultValue("en") @Pattern(regexp = "[a-z]{2}") String language, String nameEs,
            @DefaultValue("COUNTRY") String kind) {

        @org.springframework.boot.context.properties.bind.ConstructorBinding
        public Party {
            // the configuration binds every component; the short form below is for code
        }

        public Party(String code, String name, String language) {
            this(code, name, language, null, "COUNTRY");
        }

        public String coordinatorsGroup() {
            return coordinatorsGroup(this.code);
        }

        public static String coordinatorsGroup(String code) {
            return "coordinators-" + code;
        }

    }

}
