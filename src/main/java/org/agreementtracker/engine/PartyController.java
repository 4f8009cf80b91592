package org.agreementtracker.engine;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.agreementtracker.shared.ForbiddenException;
import org.agreementtracker.shared.InvalidFormDataException;
import org.agreementtracker.shared.NotFoundException;
import org.agreementtracker.shared.Parties;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The parties agreements may name. Anyone logged in lists them; managers and
 * administrators register a new one, which gets its coordinators group, authorizations
 * and Tasklist filters at once, and change one's names, language or kind.
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
        Parties.Party party = checked(wanted, wanted.code());
        this.identitySetup.register(party, request.getUserPrincipal().getName());
        return ResponseEntity.created(URI.create("/api/parties/" + party.code())).body(party);
    }

    @Operation(summary = "Change a registered party's names, language or kind (managers, administrators)",
            description = "The code stays; fields left out stay as they were. Its group is renamed; a new language gives its coordinators the Tasklist "
                    + "filters of that language. 400 for a bad field, 404 for an unknown code.")
    @PutMapping("/{code}")
    Parties.Party change(@PathVariable String code, @RequestBody NewParty wanted, HttpServletRequest request) {
        if (!(request.isUserInRole(IdentitySetup.ADMINS) || request.isUserInRole(IdentitySetup.MANAGERS))) {
            throw new ForbiddenException("Only managers and administrators change parties");
        }
        Parties.Party before = this.parties.find(code)
            .orElseThrow(() -> new NotFoundException("party " + code + " is not registered"));
        if (wanted.code() != null && !wanted.code().equals(code)) {
            throw new InvalidFormDataException(
                    List.of("code cannot change (" + code + "): register the other code as a party of its own"));
        }
        // What the request leaves out stays as it was; an empty nameEs clears it.
        NewParty merged = new NewParty(code, wanted.name() != null ? wanted.name() : before.name(),
                wanted.nameEs() != null ? wanted.nameEs() : before.nameEs(),
                wanted.language() != null ? wanted.language() : before.language(),
                wanted.kind() != null ? wanted.kind() : before.kind());
        return this.identitySetup.update(checked(merged, code), request.getUserPrincipal().getName());
    }

    private static Parties.Party checked(NewParty wanted, String code) {
        List<String> errors = new ArrayList<>();
        if (code == null || !CODE.matcher(code).matches()) {
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
        return new Parties.Party(code, wanted.name().trim(), language,
                wanted.nameEs() == null || wanted.nameEs().isBlank() ? null : wanted.nameEs().trim(), kind);
    }

}
