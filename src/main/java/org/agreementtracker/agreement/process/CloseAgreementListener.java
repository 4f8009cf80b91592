package org.agreementtracker.agreement.process;

import org.agreementtracker.agreement.ImplementationService;
import org.agreementtracker.shared.FormValues;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import org.springframework.stereotype.Component;

/**
 * On completing "Final implementation review": the review's summary closes the agreement.
 * <p>
 * Reads {@code agreementId} and the form's {@code reviewSummary} (task-local).
 */
@Component
class CloseAgreementListener implements TaskListener {

    private final ImplementationService implementation;

    CloseAgreementListener(ImplementationService implementation) {
        this.implementation = implementation;
    }

    @Override
    public void notify(DelegateTask task) {
        FormValues form = FormValues.of(task);
        String summary = form.text("reviewSummary", true, 4000);
        form.throwIfInvalid();
        this.implementation.close((String) task.getVariable(AgreementLifecycle.Variables.AGREEMENT_ID), summary);
    }

}
