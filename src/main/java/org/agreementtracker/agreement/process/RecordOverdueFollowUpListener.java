package org.agreementtracker.agreement.process;

import org.agreementtracker.agreement.HistoryNote;
import org.agreementtracker.agreement.AgreementService;
import org.agreementtracker.shared.FormValues;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import org.springframework.stereotype.Component;

/**
 * On completing "Follow up overdue item": records what the manager did.
 * <p>
 * Reads {@code agreementId}, {@code itemText} and the form's {@code followUpAction}
 * (task-local).
 */
@Component
class RecordOverdueFollowUpListener implements TaskListener {

    private final AgreementService agreements;

    RecordOverdueFollowUpListener(AgreementService agreements) {
        this.agreements = agreements;
    }

    @Override
    public void notify(DelegateTask task) {
        FormValues form = FormValues.of(task);
        String action = form.text("followUpAction", true, 2000);
        form.throwIfInvalid();
        this.agreements.note((String) task.getVariable("agreementId"),
                HistoryNote.of("overdueFollowedUp", task.getVariable("itemText"), action));
    }

}
