package org.agreementtracker.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.agreementtracker.agreement.Agreement;
import org.agreementtracker.agreement.Commitment;
import org.agreementtracker.agreement.ImplementationService;
import org.agreementtracker.reporting.IndicatorService;
import org.agreementtracker.reporting.IndicatorValue;
import org.agreementtracker.shared.ConflictException;
import org.agreementtracker.training.Deliverable;
import org.agreementtracker.training.DeliverableService;

import org.springframework.stereotype.Component;

/**
 * Applies what a re-imported file changes, where a file may change it: a deliverable's
 * due date (its overdue reminder moves with it), a commitment's stated status (a new
 * assessment, the file as its source), indicator values and targets. Anything else
 * (parties, the lead, commitments added or removed, the signature, deadlines of the
 * negotiation) is refused with the reason, and then nothing is applied: those go through
 * their steps in Tasklist, where the people concerned decide them.
 */
@Component
class FileChanges {

    private static final Pattern DUE_DATE = Pattern
        .compile("^commitments\\[(\\d+)\\]\\.deliverables\\[(\\d+)\\]\\.dueDate:");

    private static final Pattern STATUS = Pattern.compile("^commitments\\[(\\d+)\\]\\.status[.:]");

    private static final Pattern INDICATOR = Pattern.compile("^(indicators|targets)\\.");

    private static final String WHY = "agreement file";

    private final DeliverableService deliverables;

    private final ImplementationService implementation;

    private final IndicatorService indicators;

    FileChanges(DeliverableService deliverables, ImplementationService implementation, IndicatorService indicators) {
        this.deliverables = deliverables;
        this.implementation = implementation;
        this.indicators = indicators;
    }

    void apply(Agreement stored, AgreementFile file, List<String> differences) {
        List<String> refused = differences.stream()
            .filter(difference -> !DUE_DATE.matcher(difference).find() && !STATUS.matcher(difference).find()
                    && !INDICATOR.matcher(difference).find())
            .toList();
        if (!refused.isEmpty()) {
            throw new ConflictException("A file may change deliverables' due dates, stated statuses and indicators; "
                    + "nothing was applied, because it also changes: " + String.join("; ", refused), refused);
        }
        List<Deliverable> ofAgreement = new ArrayList<>(this.deliverables.ofAgreement(stored.id()));
        ofAgreement.sort(java.util.Comparator.comparingLong(Deliverable::id));
        boolean indicatorsChanged = false;
        java.util.Set<Integer> reassessed = new java.util.HashSet<>();
        for (String difference : differences) {
            Matcher due = DUE_DATE.matcher(difference);
            Matcher status = STATUS.matcher(difference);
            if (due.find()) {
                int commitment = Integer.parseInt(due.group(1));
                int index = Integer.parseInt(due.group(2));
                Commitment target = stored.commitments().get(commitment);
                Deliverable deliverable = ofAgreement.stream()
                    .filter(candidate -> candidate.commitmentId() == target.id())
                    .toList()
                    .get(index);
                this.deliverables.moveDueDate(deliverable.id(),
                        file.commitmentDetails().get(commitment).deliverables().get(index).dueDate(), WHY);
            }
            else if (status.find()) {
                int commitment = Integer.parseInt(status.group(1));
                if (reassessed.add(commitment)) {
                    AgreementFile.StatedStatus stated = file.commitmentDetails().get(commitment).status();
                    this.implementation.recordImportedAssessment(stored.commitments().get(commitment).id(),
                            stated.level(), stated.evidence(), stated.source(), stated.reliability(),
                            "As stated in the agreement file, re-imported");
                }
            }
            else {
                indicatorsChanged = true;
            }
        }
        if (indicatorsChanged) {
            applyIndicators(stored, file);
        }
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
        return stored.indicator().equals(wanted.indicator())
                && java.util.Objects.equals(stored.period(), wanted.period())
                && stored.value().compareTo(wanted.value()) == 0
                && java.util.Objects.equals(stored.unit(), wanted.unit())
                && java.util.Objects.equals(stored.qualifier(), wanted.qualifier())
                && java.util.Objects.equals(stored.source(), wanted.source());
    }

}
