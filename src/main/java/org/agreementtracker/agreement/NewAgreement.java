package org.agreementtracker.agreement;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * An agreement as a coordinator or a file describes it, before it is checked and stored.
 * Fields are null where the input lacked them or could not be read.
 *
 * @param id the wanted id, or null to have one assigned
 * @param title its title
 * @param instrumentType the kind of instrument
 * @param dateSigned when it was signed
 * @param leadParty the party code of the lead coordinators
 * @param parties ministries and agencies with their roles
 * @param areas areas of collaboration named for the whole agreement
 * @param commitments the commitments as stated, each with its areas
 * @param finalTextDueStated the deadline for the final text in the source's words
 * @param finalTextDue the deadline as a date, or null to resolve the words
 * @param hardDeadline the date after which a manager decides, or null for the default
 * @param maxReviewRounds review rounds before a manager decides, or null for the default
 */
public record NewAgreement(String id, String title, InstrumentType instrumentType, LocalDate dateSigned,
        String leadParty, List<AgreementParty> parties, Set<Area> areas, List<StatedCommitment> commitments,
        String finalTextDueStated, LocalDate finalTextDue, LocalDate hardDeadline, Integer maxReviewRounds) {

    /**
     * A commitment's words and the areas it serves.
     *
     * @param text the stated text
     * @param areas the areas
     */
    public record StatedCommitment(String text, Set<Area> areas) {

    }

}
