package org.agreementtracker.agreement.process;

import org.agreementtracker.agreement.AgreementService;
import org.agreementtracker.agreement.ReviewDecision;
import org.agreementtracker.shared.FormValues;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import org.springframework.stereotype.Component;

/**
 * On completing "Review memorandum draft": stores one party's decision on the current
 * draft. Asking for changes needs comments saying which.
 * <p>
 * Reads {@code agreementId}, {@code reviewRound}, {@code reviewingParty} and the form's
 * {@code reviewDecision} and {@code reviewComments} (task-local). Writes nothing.
 */
@Component
class RecordMemorandumReviewListener implements TaskListener {

    private final AgreementService agreements;

    RecordMemorandumReviewListener(AgreementService agreements) {
        this.agreements = agreements;
    }

    @Override
    public void notify(DelegateTask task) {
        FormValues form = FormValues.of(task);
        ReviewDecision decision = form.choice(AgreementLifecycle.Fields.REVIEW_DECISION, ReviewDecision.class, true);
        String comments = form.text(AgreementLifecycle.Fields.REVIEW_COMMENTS,
                decision == ReviewDecision.CHANGES_REQUESTED, 4000);
        form.throwIfInvalid();
        this.agreements.recordReview((String) task.getVariable(AgreementLifecycle.Variables.AGREEMENT_ID),
                (Integer) task.getVariable(AgreementLifecycle.Variables.REVIEW_ROUND),
                (String) task.getVariable(AgreementLifecycle.Variables.REVIEWING_PARTY), decision, comments);
    }

}
