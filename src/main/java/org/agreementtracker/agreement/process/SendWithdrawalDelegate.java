package org.agreementtracker.agreement.process;

import java.util.List;

import org.agreementtracker.agreement.Agreement;
import org.agreementtracker.agreement.AgreementService;
import org.agreementtracker.shared.FormValues;
import org.agreementtracker.shared.InvalidFormDataException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * Send withdrawal ({@code withdraw-agreement}): a manager's request from Tasklist becomes
 * the message {@code AgreementWithdrawn} to the agreement's lifecycle, in the same
 * transaction.
 * <p>
 * Reads the start form's {@code agreementId}, {@code endStatus} and {@code endReason}.
 * Writes the business key (the agreement's id).
 */
@Component
class SendWithdrawalDelegate implements JavaDelegate {

    private final AgreementService agreements;

    private final RuntimeService runtimeService;

    SendWithdrawalDelegate(AgreementService agreements, RuntimeService runtimeService) {
        this.agreements = agreements;
        this.runtimeService = runtimeService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        FormValues form = FormValues.of(execution);
        String id = form.text(AgreementLifecycle.Variables.AGREEMENT_ID, true, 64);
        String status = form.text(AgreementLifecycle.Fields.END_STATUS, true, 16);
        String reason = form.text(AgreementLifecycle.Fields.END_REASON, true, 2000);
        form.throwIfInvalid();
        Agreement agreement = this.agreements.find(id)
            .orElseThrow(
                    () -> new InvalidFormDataException(List.of("agreementId " + id + " is not a known agreement")));
        if (agreement.status().isEnded()) {
            throw new InvalidFormDataException(
                    List.of("agreementId " + id + " has already ended (" + agreement.status() + ")"));
        }
        execution.setProcessBusinessKey(id);
        this.runtimeService.createMessageCorrelation(AgreementLifecycle.Messages.AGREEMENT_WITHDRAWN)
            .processInstanceBusinessKey(id)
            .setVariable(AgreementLifecycle.Fields.END_STATUS, status)
            .setVariable(AgreementLifecycle.Fields.END_REASON, reason)
            .correlate();
    }

}
