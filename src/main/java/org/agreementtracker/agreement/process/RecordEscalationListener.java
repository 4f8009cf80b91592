package org.agreementtracker.agreement.process;

import org.agreementtracker.agreement.AgreementService;
import org.agreementtracker.shared.FormValues;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import org.springframework.stereotype.Component;

/**
 * On completing "Escalate overdue memorandum": records what the manager did about it.
 * <p>
 * Reads {@code agreementId} and the form's {@code escalationAction} (task-local).
 */
@Component
class RecordEscalationListener implements TaskListener {

    private final AgreementService agreements;

    RecordEscalationListener(AgreementService agreements) {
        this.agreements = agreements;
    }

    @Override
    public void notify(DelegateTask task) {
        FormValues form = FormValues.of(task);
        String action = form.text(AgreementLifecycle.Fields.ESCALATION_ACTION, true, 2000);
        form.throwIfInvalid();
        this.agreements.noteEscalationHandled((String) task.getVariable(AgreementLifecycle.Variables.AGREEMENT_ID),
                action);
    }

}
