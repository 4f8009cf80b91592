package org.agreementtracker.training.process;

import org.agreementtracker.agreement.Agreement;
import org.agreementtracker.agreement.AgreementService;
import org.agreementtracker.agreement.ImplementationService;
import org.agreementtracker.training.Deliverable;
import org.agreementtracker.training.DeliverableService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import org.springframework.stereotype.Component;

/**
 * On every deliverable task: the agreement, the commitment and the deliverable, as
 * task-local variables the forms show.
 * <p>
 * Reads {@code agreementId}, {@code deliverableId} or {@code commitmentId}. Writes the
 * task-local {@code agreementTitle}, {@code commitmentText}, {@code deliverableText}.
 */
@Component
class ShowDeliverableContextListener implements TaskListener {

    private final AgreementService agreements;

    private final ImplementationService implementation;

    private final DeliverableService deliverables;

    ShowDeliverableContextListener(AgreementService agreements, ImplementationService implementation,
            DeliverableService deliverables) {
        this.agreements = agreements;
        this.implementation = implementation;
        this.deliverables = deliverables;
    }

    @Override
    public void notify(DelegateTask task) {
        Agreement agreement = this.agreements.get((String) task.getVariable("agreementId"));
        task.setVariableLocal("agreementTitle", agreement.title() + " (" + agreement.id() + ")");
        Object commitmentId = task.getVariable("commitmentId");
        if (commitmentId != null) {
            var commitment = this.implementation.commitment(((Number) commitmentId).longValue());
            task.setVariableLocal("commitmentText", "Commitment " + commitment.position() + ": " + commitment.text());
        }
        Object deliverableId = task.getVariable("deliverableId");
        if (deliverableId != null) {
            Deliverable deliverable = this.deliverables.get(((Number) deliverableId).longValue());
            task.setVariableLocal("deliverableText",
                    deliverable.title() + " (" + deliverable.kind().name().toLowerCase().replace('_', ' ') + ", due "
                            + deliverable.dueDate() + (deliverable.target() == null ? ""
                                    : ", target " + deliverable.target().stripTrailingZeros().toPlainString())
                            + ")");
        }
    }

}
