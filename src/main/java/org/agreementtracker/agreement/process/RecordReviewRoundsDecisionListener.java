package org.agreementtracker.agreement.process;

import org.agreementtracker.agreement.AgreementService;
import org.agreementtracker.agreement.AgreementStatus;
import org.agreementtracker.shared.FormValues;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import org.springframework.stereotype.Component;

/**
 * On completing "Decide on further review rounds": a manager either grants more rounds or
 * abandons the negotiation, with a note.
 * <p>
 * Reads {@code agreementId} and the form's {@code continueNegotiation},
 * {@code extraReviewRounds} and {@code decisionNote} (task-local). Writes
 * {@code continueNegotiation}.
 */
@Component
class RecordReviewRoundsDecisionListener implements TaskListener {

    private final AgreementService agreements;

    RecordReviewRoundsDecisionListener(AgreementService agreements) {
        this.agreements = agreements;
    }

    @Override
    public void notify(DelegateTask task) {
        FormValues form = FormValues.of(task);
        Boolean proceed = form.bool(AgreementLifecycle.Variables.CONTINUE_NEGOTIATION, true);
        Integer extra = form.integer(AgreementLifecycle.Fields.EXTRA_REVIEW_ROUNDS, Boolean.TRUE.equals(proceed), 1, 5);
        String note = form.text(AgreementLifecycle.Fields.DECISION_NOTE, Boolean.FALSE.equals(proceed), 2000);
        form.throwIfInvalid();
        String id = (String) task.getVariable(AgreementLifecycle.Variables.AGREEMENT_ID);
        if (proceed) {
            this.agreements.grantReviewRounds(id, extra, note);
        }
        else {
            this.agreements.end(id, AgreementStatus.ABANDONED,
                    "Negotiation abandoned after the review rounds: " + note);
        }
        task.getExecution()
            .getProcessInstance()
            .setVariable(AgreementLifecycle.Variables.CONTINUE_NEGOTIATION, proceed);
    }

}
