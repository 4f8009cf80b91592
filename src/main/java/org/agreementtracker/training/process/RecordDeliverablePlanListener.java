package org.agreementtracker.training.process;

import java.util.ArrayList;
import java.util.List;

import org.agreementtracker.shared.FormValues;
import org.agreementtracker.training.DeliverableService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import org.springframework.stereotype.Component;

/**
 * On completing "Plan deliverables" ({@code commitment-implementation}): stores the
 * deliverables the commitment needs; each then runs its own {@code deliverable-delivery}.
 * <p>
 * Reads {@code commitmentId} and the form's {@code deliverable1} to {@code deliverable6}
 * (task-local objects of {@code kind}, {@code title}, {@code ownerParty},
 * {@code dueDate}, {@code target}). Writes {@code deliverableIds}.
 */
@Component
class RecordDeliverablePlanListener implements TaskListener {

    private final DeliverableService deliverables;

    RecordDeliverablePlanListener(DeliverableService deliverables) {
        this.deliverables = deliverables;
    }

    @Override
    public void notify(DelegateTask task) {
        FormValues form = FormValues.of(task);
        List<DeliverableService.NewDeliverable> rows = DeliverableRows.read(form);
        form.throwIfInvalid();
        long commitmentId = ((Number) task.getVariable("commitmentId")).longValue();
        this.deliverables.plan(commitmentId, rows);
        // Every deliverable of the commitment is delivered, also one a re-imported file
        // added while this task was open.
        task.getExecution()
            .getProcessInstance()
            .setVariable("deliverableIds", new ArrayList<>(this.deliverables.idsOfCommitment(commitmentId)));
        // The rows are objects, which Tasklist cannot submit into a task-local
        // variable of no type; they arrive as process variables and are removed once
        // stored.
        removeRows(task);
    }

    private static void removeRows(DelegateTask task) {
        java.util.List<String> names = new java.util.ArrayList<>();
        for (int row = 1; row <= DeliverableRows.ROWS; row++) {
            names.add("deliverable" + row);
        }
        task.getExecution().getProcessInstance().removeVariables(names);
    }

}
