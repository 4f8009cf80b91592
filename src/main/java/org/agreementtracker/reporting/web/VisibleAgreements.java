package org.agreementtracker.reporting.web;

import java.util.List;
import java.util.function.Predicate;

import jakarta.servlet.http.HttpServletRequest;
import org.agreementtracker.agreement.Agreement;
import org.agreementtracker.agreement.AgreementService;
import org.agreementtracker.language.Languages;
import org.agreementtracker.shared.NotFoundException;
import org.agreementtracker.shared.Parties;
import org.agreementtracker.shared.Viewer;

import org.springframework.stereotype.Component;

/**
 * The agreements a caller of our API may see, and the language she reads: one rule for
 * every route (see README, "What is shared").
 */
@Component
class VisibleAgreements {

    private final AgreementService agreements;

    private final Parties parties;

    private final Languages languages;

    VisibleAgreements(AgreementService agreements, Parties parties, Languages languages) {
        this.agreements = agreements;
        this.parties = parties;
        this.languages = languages;
    }

    /** The agreement, or 404 as for one that does not exist. */
    Agreement get(String id, HttpServletRequest request) {
        return this.agreements.find(id)
            .filter(visibleTo(viewer(request)))
            .orElseThrow(() -> new NotFoundException("No agreement " + id + " that you may see"));
    }

    List<Agreement> all(HttpServletRequest request) {
        return this.agreements.all().stream().filter(visibleTo(viewer(request))).toList();
    }

    Viewer viewer(HttpServletRequest request) {
        return Viewer.of(request, this.parties);
    }

    /**
     * Her party's language, else the first of her browser's that we have, else English.
     */
    String language(HttpServletRequest request, String acceptLanguage) {
        return this.languages.forCaller(
                viewer(request).parties().stream().map(Parties.Party::coordinatorsGroup).toList(), acceptLanguage);
    }

    static Predicate<Agreement> visibleTo(Viewer viewer) {
        return agreement -> viewer.maySee(agreement.partyCountries());
    }

}
