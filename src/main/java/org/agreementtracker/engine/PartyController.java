package org.agreementtracker.engine;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.agreementtracker.shared.ForbiddenException;
import org.agreementtracker.shared.InvalidFormDataException;
import org.agreementtracker.shared.Parties;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The parties agreements may name. Anyone logged in lists them; managers and
 * administrators register a new one, which gets its coordinators group, authorizations
 * and Tasklist filters at once.
 */
@Tag(name = "Parties", description = "Countries and organisations that take part in agreements")
@RestController
@RequestMapping("/api/parties")
class PartyController {

    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[a-z][a-z0-9-]{1,19}");

    private final Parties parties;

    private final IdentitySetup identitySetup;

    PartyController(Parties parties, IdentitySetup identitySetup) {
        this.parties = parties;
        this.identitySetup = identitySetup;
    }

    /**
     * What a manager registers.
     *
     * @param code lower case, 2 to 20 letters, digits or dashes: {@code pa},
     * {@code unhcr}
     * @param name in English
     * @param nameEs in Spanish, if it differs
     * @param language its coordinators' language: en or es
     * @param kind COUNTRY or ORGANISATION
     */
    record NewParty(String code, String name, String nameEs, String language, String kind) {
    }

    @Operation(summary = "The registered parties")
    @GetMapping
    List<Parties.Party> list() {
        return this.parties.parties();
    }

    @Operation(summary = "Register a party (managers, administrators)",
            description = "Creates the party, its group coordinators-<code> with every authorization and Tasklist "
                    + "filter the other parties' groups have, in one transaction. 400 for a bad field, 409 for a "
                    + "code registered already.")
    @PostMapping
    ResponseEntity<Parties.Party> register(@RequestBody NewParty wanted, HttpServletRequest request) {
        if (!(request.isUserInRole(IdentitySetup.ADMINS) || request.isUserInRole(IdentitySetup.MANAGERS))) {
            throw new ForbiddenException("Only managers and administrators register parties");
        }
        List<String> errors = new ArrayList<>();
        if (wanted.code() == null || !CODE.matcher(wanted.code()).matches()) {
            errors
                .add("code must be 2 to 20 lower-case letters, digits or dashes, beginning with a letter (pa, unhcr)");
        }
        if (wanted.name() == null || wanted.name().isBlank() || wanted.name().length() > 200) {
            errors.add("name is required, at most 200 characters");
        }
        if (wanted.nameEs() != null && wanted.nameEs().length() > 200) {
            errors.add("nameEs must be at most 200 characters");
        }
        String language = wanted.language() == null ? "en" : wanted.language();
        if (!List.of("en", "es").contains(language)) {
            errors.add("language must be en or es");
        }
        String kind = wanted.kind() == null ? "COUNTRY" : wanted.kind();
        if (!List.of("COUNTRY", "ORGANISATION").contains(kind)) {
            errors.add("kind must be COUNTRY or ORGANISATION");
        }
        if (!errors.isEmpty()) {
            throw new InvalidFormDataException(errors);
        }
        Parties.Party party = new Parties.Party(wanted.code(), wanted.name().trim(), language,
                wanted.nameEs() == null || wanted.nameEs().isBlank() ? null : wanted.nameEs().trim(), kind);
        this.identitySetup.register(party, request.getUserPrincipal().getName());
        return ResponseEntity.created(URI.create("/api/parties/" + party.code())).body(party);
    }

}
