package org.agreementtracker.training.process;

import java.time.LocalDate;
import java.util.Map;

import org.agreementtracker.shared.FormValues;
import org.agreementtracker.training.DeliverableService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import org.springframework.stereotype.Component;

/**
 * On completing "Confirm delivery": delivered, with what the kind's form asks for (for
 * training: participants, hours, evaluation), or postponed with a reason, to be planned
 * again.
 * <p>
 * Reads {@code deliverableId} and the form's fields (task-local). Writes
 * {@code delivered}.
 */
@Component
class RecordDeliveryListener implements TaskListener {

    private final DeliverableService deliverables;

    RecordDeliveryListener(DeliverableService deliverables) {
        this.deliverables = deliverables;
    }

    @Override
    public void notify(DelegateTask task) {
        FormValues form = FormValues.of(task);
        Boolean delivered = form.bool("delivered", true);
        LocalDate deliveredOn = form.date("deliveredOn", Boolean.TRUE.equals(delivered));
        form.integer("participants", false, 0, 1_000_000);
        form.integer("advisersDeployed", false, 0, 100_000);
        String reason = form.text("postponeReason", Boolean.FALSE.equals(delivered), 2000);
        form.throwIfInvalid();
        long id = ((Number) task.getVariable("deliverableId")).longValue();
        if (delivered) {
            Map<String, Object> evidence = DeliveryFields.filled(task, DeliveryFields.CONFIRM);
            evidence.remove("delivered");
            this.deliverables.confirmDelivery(id, deliveredOn, evidence);
        }
        else {
            this.deliverables.postpone(id, reason);
        }
        task.getExecution().getProcessInstance().setVariable("delivered", delivered);
    }

}
