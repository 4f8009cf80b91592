package org.agreementtracker.training.process;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;

import org.agreementtracker.training.Deliverable;
import org.agreementtracker.training.DeliverableService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;

import org.springframework.stereotype.Component;

/**
 * Open deliverable: its kind (which picks the forms), owner and due date, for the tasks
 * and the overdue timer.
 * <p>
 * Reads {@code deliverableId}. Writes {@code deliverableKind}, {@code ownerParty},
 * {@code overdueCycle} and the escalation inputs {@code itemKind}, {@code itemId},
 * {@code itemText}, {@code dueAt}.
 */
@Component
class OpenDeliverableDelegate implements JavaDelegate {

    private final DeliverableService deliverables;

    private final TrainingSettings settings;

    OpenDeliverableDelegate(DeliverableService deliverables, TrainingSettings settings) {
        this.deliverables = deliverables;
        this.settings = settings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Deliverable deliverable = this.deliverables.get(((Number) execution.getVariable("deliverableId")).longValue());
        Instant due = deliverable.dueDate().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant now = ClockUtil.getCurrentTime().toInstant();
        Instant firstReminder = due.isAfter(now) ? due : now.plusSeconds(60);
        execution.setVariable("deliverableKind", deliverable.kind().name());
        execution.setVariable("ownerParty", deliverable.ownerParty());
        execution.setVariable("overdueCycle", "R/" + DateTimeFormatter.ISO_INSTANT.format(firstReminder) + "/"
                + this.settings.overdueReminderInterval());
        execution.setVariable("itemKind", "DELIVERABLE");
        execution.setVariable("itemId", deliverable.id());
        execution.setVariable("itemText", "Deliverable \"" + deliverable.title() + "\"");
        execution.setVariable("dueAt", Date.from(due));
    }

}
