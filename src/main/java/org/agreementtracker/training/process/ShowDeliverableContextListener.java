package org.agreementtracker.training.process;

import java.util.LinkedHashMap;
import java.util.Map;

import org.agreementtracker.agreement.AgreementService;
import org.agreementtracker.agreement.ImplementationService;
import org.agreementtracker.agreement.TasklistTitle;
import org.agreementtracker.shared.FormContext;
import org.agreementtracker.training.Deliverable;
import org.agreementtracker.training.DeliverableService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import org.springframework.stereotype.Component;

/**
 * On every deliverable task: the agreement, the commitment and the deliverable, which the
 * forms show read-only, computed when a form is opened ({@link FormContext}); only the
 * title becomes a variable, once per instance, for Tasklist's lists
 * ({@link TasklistTitle}).
 * <p>
 * Reads {@code agreementId}, {@code deliverableId} or {@code commitmentId}. Shows
 * {@code agreementTitle}, {@code commitmentText}, {@code deliverableText}.
 */
@Component
class ShowDeliverableContextListener implements TaskListener, FormContext {

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
        TasklistTitle.showFor(task, () -> this.agreements.listedTitle((String) task.getVariable("agreementId")));
    }

    @Override
    public Map<String, String> formContext(DelegateTask task) {
        Map<String, String> context = new LinkedHashMap<>();
        String agreementId = (String) task.getVariable("agreementId");
        context.put(TasklistTitle.VARIABLE, this.agreements.listedTitle(agreementId));
        Object commitmentId = task.getVariable("commitmentId");
        if (commitmentId != null) {
            var commitment = this.implementation.commitment(((Number) commitmentId).longValue());
            context.put("commitmentText", "Commitment " + commitment.position() + ": " + commitment.text());
        }
        Object deliverableId = task.getVariable("deliverableId");
        if (deliverableId != null) {
            Deliverable deliverable = this.deliverables.get(((Number) deliverableId).longValue());
            context
                .put("deliverableText",
                        deliverable.title() + " (" + deliverable.kind().name().toLowerCase().replace('_', ' ')
                                + ", due " + deliverable.dueDate()
                                + (deliverable.target() == null ? ""
                                        : ", target " + deliverable.target().stripTrailingZeros().toPlainString())
                                + ")");
        }
        return context;
    }

}
