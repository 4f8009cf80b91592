package org.agreementtracker.intake;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.agreementtracker.agreement.Agreement;
import org.agreementtracker.agreement.AgreementAmendments;
import org.agreementtracker.agreement.AgreementService;
import org.agreementtracker.agreement.Commitment;
import org.agreementtracker.agreement.Deadline;
import org.agreementtracker.agreement.ImplementationService;
import org.agreementtracker.reporting.IndicatorService;
import org.agreementtracker.reporting.IndicatorValue;
import org.agreementtracker.shared.ConflictException;
import org.agreementtracker.training.DeliverableService;

import org.springframework.stereotype.Component;

/**
 * Applies what a re-imported file changes, in the caller's one transaction: commitments
 * and deliverables added (their processes start where the agreement stands) or removed
 * (their processes end, their rows stay with the reason), deliverables' due dates (their
 * overdue reminders move) and targets, stated statuses (a new assessment, the file as its
 * source), the negotiation's deadlines while it runs (its timers and open steps follow),
 * title, areas, indicators and assumptions. What a file may not change (parties, the
 * lead, the signature, a commitment reworded in place, ...) refuses the whole file with
 * every reason, and nothing is applied: those go through their steps in Tasklist.
 */
@Component
class FileChanges {

    private static final String WHY = "The re-imported agreement file no longer names it";

    private final AgreementService agreements;

    private final AgreementAmendments amendments;

    private final DeliverableService deliverables;

    private final ImplementationService implementation;

    private final IndicatorService indicators;

    FileChanges(AgreementService agreements, AgreementAmendments amendments, DeliverableService deliverables,
            ImplementationService implementation, IndicatorService indicators) {
        this.agreements = agreements;
        this.amendments = amendments;
        this.deliverables = deliverables;
        this.implementation = implementation;
        this.indicators = indicators;
    }

    void apply(Agreement stored, AgreementFile file, List<Difference> differences) {
        List<String> refused = differences.stream().filter(Difference::isRefused).map(Difference::explained).toList();
        if (!refused.isEmpty()) {
            throw new ConflictException("Nothing was applied: a file may not change " + String.join("; ", refused),
                    refused);
        }
        String id = stored.id();
        Set<Object> done = new HashSet<>();
        for (Difference difference : differences) {
            Difference.Change change = difference.change();
            // One change may answer several lines (a status's level and evidence); it is
            // made once.
            if (!done.add(change)) {
                continue;
            }
            if (change instanceof Difference.Retitle retitle) {
                this.amendments.retitle(id, retitle.title());
            }
            else if (change instanceof Difference.ReplaceAreas areas) {
                this.amendments.replaceAreas(id, areas.areas());
            }
            else if (change instanceof Difference.ReplaceCommitmentAreas areas) {
                this.amendments.replaceCommitmentAreas(id, areas.commitmentId(), areas.areas());
            }
            else if (change instanceof Difference.MoveNegotiationDeadlines) {
                moveNegotiationDeadlines(stored, file);
            }
            else if (change instanceof Difference.AddCommitment added) {
                addCommitment(id, file, added);
            }
            else if (change instanceof Difference.RemoveCommitment removed) {
                this.deliverables.idsOfCommitment(removed.commitmentId())
                    .forEach(deliverable -> this.deliverables.remove(deliverable, WHY));
                this.amendments.removeCommitment(id, removed.commitmentId(), WHY);
            }
            else if (change instanceof Difference.AddDeliverable added) {
                long deliverable = this.deliverables.add(added.commitmentId(), added.deliverable());
                this.amendments.startDelivery(id, added.commitmentId(), deliverable);
            }
            else if (change instanceof Difference.RemoveDeliverable removed) {
                this.deliverables.remove(removed.deliverableId(), WHY);
            }
            else if (change instanceof Difference.MoveDueDate moved) {
                this.deliverables.moveDueDate(moved.deliverableId(), moved.dueDate(), WHY);
            }
            else if (change instanceof Difference.ChangeTarget target) {
                this.deliverables.changeTarget(target.deliverableId(), target.target());
            }
            else if (change instanceof Difference.Reassess reassess) {
                AgreementFile.StatedStatus stated = file.commitmentDetails().get(reassess.commitment()).status();
                this.implementation.recordImportedAssessment(reassess.commitmentId(), stated.level(), stated.evidence(),
                        stated.source(), stated.reliability(), "As stated in the agreement file, re-imported");
            }
            else if (change instanceof Difference.Indicators) {
                applyIndicators(stored, file);
            }
            else if (change instanceof Difference.Assumptions assumptions) {
                this.agreements.recordAssumptions(id, assumptions.assumptions());
            }
        }
    }

    /**
     * Its deliverables and stated status first, so that its implementation, once started,
     * finds its deliverables planned.
     */
    private void addCommitment(String id, AgreementFile file, Difference.AddCommitment added) {
        Commitment commitment = this.amendments.addCommitment(id, added.stated());
        AgreementFile.CommitmentDetails details = added.commitment() < file.commitmentDetails().size()
                ? file.commitmentDetails().get(added.commitment()) : null;
        if (details != null && !details.deliverables().isEmpty()) {
            this.deliverables.importPlanned(commitment.id(), details.deliverables());
        }
        if (details != null && details.status() != null) {
            this.implementation.recordImportedAssessment(commitment.id(), details.status().level(),
                    details.status().evidence(), details.status().source(), details.status().reliability(),
                    "As stated in the agreement file, re-imported");
        }
        this.amendments.startCommitment(id, commitment.id());
    }

    private void moveNegotiationDeadlines(Agreement stored, AgreementFile file) {
        var stated = file.agreement();
        Deadline finalTextDue = new Deadline(
                stated.finalTextDueStated() != null ? stated.finalTextDueStated() : stored.finalTextDue().stated(),
                stated.finalTextDue() != null ? stated.finalTextDue() : stored.finalTextDue().date());
        this.amendments.moveNegotiationDeadlines(stored.id(), finalTextDue, stated.hardDeadline());
    }

    /**
     * New and changed values are reported (the history keeps the old); targets are set.
     */
    private void applyIndicators(Agreement stored, AgreementFile file) {
        List<IndicatorValue> current = this.indicators.values(stored.id());
        List<IndicatorValue> changed = file.indicators()
            .stream()
            .filter(wanted -> current.stream().noneMatch(value -> same(value, wanted)))
            .toList();
        if (!changed.isEmpty()) {
            this.indicators.report(stored.id(), changed);
        }
        file.targets()
            .forEach(target -> this.indicators.setTarget(stored.id(), target.indicator(), target.target(),
                    target.unit(), target.qualifier()));
    }

    private static boolean same(IndicatorValue stored, IndicatorValue wanted) {
        return stored.indicator().equals(wanted.indicator()) && Objects.equals(stored.period(), wanted.period())
                && stored.value().compareTo(wanted.value()) == 0 && Objects.equals(stored.unit(), wanted.unit())
                && Objects.equals(stored.qualifier(), wanted.qualifier())
                && Objects.equals(stored.source(), wanted.source());
    }

}
