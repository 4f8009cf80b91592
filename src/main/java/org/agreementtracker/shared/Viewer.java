package org.agreementtracker.shared;

import java.security.Principal;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Who calls our API and what they may see. Managers, reviewers and administrators see
 * every agreement; a party's coordinators see the agreements their party is a party to,
 * and nothing of the others (see README, "What is shared").
 *
 * @param userId the user
 * @param seesEverything a manager, reviewer or administrator
 * @param parties the party codes of the user's coordinator groups
 */
public record Viewer(String userId, boolean seesEverything, Set<String> parties) {

    private static final List<String> WIDE_GROUPS = List.of("admins", "managers", "reviewers");

    public static Viewer of(HttpServletRequest request, Parties known) {
        Principal principal = request.getUserPrincipal();
        if (principal == null) {
            throw new IllegalStateException("our API is only served to authenticated users");
        }
        boolean wide = WIDE_GROUPS.stream().anyMatch(request::isUserInRole);
        Set<String> parties = new java.util.HashSet<>();
        for (String code : known.codes()) {
            if (request.isUserInRole(Parties.Party.coordinatorsGroup(code))) {
                parties.add(code);
            }
        }
        return new Viewer(principal.getName(), wide, parties);
    }

    /** A user known by id and groups, as a calendar token names them. */
    public static Viewer of(String userId, java.util.Collection<String> groups, Parties known) {
        boolean wide = WIDE_GROUPS.stream().anyMatch(groups::contains);
        Set<String> parties = new java.util.HashSet<>();
        for (String code : known.codes()) {
            if (groups.contains(Parties.Party.coordinatorsGroup(code))) {
                parties.add(code);
            }
        }
        return new Viewer(userId, wide, parties);
    }

    /** Whether the user may see an agreement whose parties come from these countries. */
    public boolean maySee(java.util.Collection<String> partyCountries) {
        return this.seesEverything || partyCountries.stream().anyMatch(this.parties::contains);
    }

    public boolean isAdministratorOrManager(HttpServletRequest request) {
        return request.isUserInRole("admins") || request.isUserInRole("managers");
    }

}
