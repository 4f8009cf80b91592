package org.agreementtracker.agreement;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * An instrument governments signed and what follows from it.
 *
 * @param id the agreement's id, also the business key of its processes
 * @param title its title
 * @param instrumentType the kind of instrument
 * @param dateSigned when the joint statement (or the instrument itself) was signed
 * @param leadParty the party whose coordinators draft and sign
 * @param status where it stands
 * @param finalTextDue when the final text must be agreed, as stated and resolved
 * @param hardDeadline after this date a manager decides whether negotiation continues
 * @param maxReviewRounds review rounds before a manager decides
 * @param reviewRound the current review round, 0 before the first draft
 * @param parties the ministries and agencies with their roles
 * @param areas the areas of collaboration
 * @param commitments the commitments as stated
 */
public record Agreement(String id, String title, InstrumentType instrumentType, LocalDate dateSigned, String leadParty,
        AgreementStatus status, Deadline finalTextDue, LocalDate hardDeadline, int maxReviewRounds, int reviewRound,
        List<AgreementParty> parties, Set<Area> areas, List<Commitment> commitments) {

    /** The party codes of the signatories, each once, in the order stated. */
    public List<String> signatoryCountries() {
        return this.parties.stream()
            .filter(AgreementParty::isSignatory)
            .map(AgreementParty::country)
            .distinct()
            .toList();
    }

    /** The countries of its parties, as stated (for who may see it). */
    public List<String> partyCountries() {
        return this.parties.stream().map(AgreementParty::country).toList();
    }

    /** How task lists and forms name it: its title and, in brackets, its id. */
    public String listedTitle() {
        return this.title + " (" + this.id + ")";
    }

}
