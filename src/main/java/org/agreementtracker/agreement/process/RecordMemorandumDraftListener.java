package org.agreementtracker.agreement.process;

import org.agreementtracker.agreement.AgreementService;
import org.agreementtracker.shared.FormValues;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import org.springframework.stereotype.Component;

/**
 * On completing "Draft memorandum text" or "Revise memorandum draft": stores the draft
 * and opens the next review round.
 * <p>
 * Reads {@code agreementId} and the form's {@code draftDocumentRef} and
 * {@code draftSummary} (task-local). Writes {@code reviewRound}.
 */
@Component
class RecordMemorandumDraftListener implements TaskListener {

    private final AgreementService agreements;

    RecordMemorandumDraftListener(AgreementService agreements) {
        this.agreements = agreements;
    }

    @Override
    public void notify(DelegateTask task) {
        FormValues form = FormValues.of(task);
        String documentRef = form.text(AgreementLifecycle.Fields.DRAFT_DOCUMENT_REF, true, 500);
        String summary = form.text(AgreementLifecycle.Fields.DRAFT_SUMMARY, true, 4000);
        form.throwIfInvalid();
        int round = this.agreements.recordDraft((String) task.getVariable(AgreementLifecycle.Variables.AGREEMENT_ID),
                documentRef, summary);
        task.getExecution().getProcessInstance().setVariable(AgreementLifecycle.Variables.REVIEW_ROUND, round);
    }

}
