package org.agreementtracker.intake;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.agreementtracker.agreement.Area;
import org.agreementtracker.agreement.NewAgreement;
import org.agreementtracker.training.DeliverableService;

/**
 * One thing a re-imported file says otherwise than what is stored, as the answer shows it
 * ({@code commitments[1].deliverables[0].dueDate: stored 2027-06-30, file 2027-07-30}),
 * with how applying the file changes it, or why a file may not.
 *
 * @param text the difference, by the path the file uses
 * @param change what applying does; null when a file may not change this
 * @param refusal why a file may not, when {@code change} is null
 */
record Difference(String text, Change change, String refusal) {

    static Difference applicable(String text, Change change) {
        return new Difference(text, change, null);
    }

    static Difference refused(String text, String why) {
        return new Difference(text, null, why);
    }

    boolean isRefused() {
        return this.change == null;
    }

    /** The text with the reason a file may not change it. */
    String explained() {
        return isRefused() ? this.text + " (" + this.refusal + ")" : this.text;
    }

    /** What applying a file changes, one kind of change per record. */
    sealed interface Change {

    }

    record Retitle(String title) implements Change {
    }

    record ReplaceAreas(Set<Area> areas) implements Change {
    }

    record ReplaceCommitmentAreas(long commitmentId, Set<Area> areas) implements Change {
    }

    /**
     * The stated final-text deadline and hard deadline, as the whole file states them.
     */
    record MoveNegotiationDeadlines() implements Change {
    }

    /**
     * @param commitment position in the file
     */
    record AddCommitment(int commitment, NewAgreement.StatedCommitment stated) implements Change {
    }

    record RemoveCommitment(long commitmentId) implements Change {
    }

    record AddDeliverable(long commitmentId, DeliverableService.NewDeliverable deliverable) implements Change {
    }

    record RemoveDeliverable(long deliverableId) implements Change {
    }

    record MoveDueDate(long deliverableId, LocalDate dueDate) implements Change {
    }

    record ChangeTarget(long deliverableId, BigDecimal target) implements Change {
    }

    /**
     * @param commitment position in the file
     */
    record Reassess(long commitmentId, int commitment) implements Change {
    }

    /** Indicator values and targets, as the whole file states them. */
    record Indicators() implements Change {
    }

    record Assumptions(List<String> assumptions) implements Change {
    }

}
