package org.agreementtracker.training.process;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;

import org.agreementtracker.shared.FormError;
import org.agreementtracker.shared.FormValues;
import org.agreementtracker.training.DeliverableService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import org.springframework.stereotype.Component;

/**
 * On completing "Plan deliverable": stores the plan its kind's form asked for (for
 * training: course, audience unit, partner country, trainer agency, trainees targeted,
 * dates).
 * <p>
 * Reads {@code deliverableId} and the form's fields (task-local, see
 * {@link DeliveryFields}). Writes {@code startsAt}.
 */
@Component
class RecordPlanListener implements TaskListener {

    private final DeliverableService deliverables;

    RecordPlanListener(DeliverableService deliverables) {
        this.deliverables = deliverables;
    }

    @Override
    public void notify(DelegateTask task) {
        FormValues form = FormValues.of(task);
        LocalDate startsOn = form.date("startsOn", true);
        LocalDate endsOn = form.date("endsOn", false);
        if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
            form.error("endsOn", "notBefore", FormError.field("startsOn"));
        }
        form.integer("traineesTargeted", false, 0, 1_000_000);
        form.integer("advisersTargeted", false, 0, 100_000);
        form.throwIfInvalid();
        Map<String, Object> plan = DeliveryFields.filled(task, DeliveryFields.PLAN);
        this.deliverables.recordPlan(((Number) task.getVariable("deliverableId")).longValue(), startsOn, plan);
        task.getExecution()
            .getProcessInstance()
            .setVariable("startsAt", Date.from(startsOn.atStartOfDay(ZoneOffset.UTC).toInstant()));
    }

}
