package org.agreementtracker.agreement.process;

import java.util.List;

import org.agreementtracker.agreement.AgreementService;
import org.agreementtracker.agreement.AgreementStatus;
import org.agreementtracker.shared.FormValues;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * Record withdrawal: the message {@code AgreementWithdrawn} ended the agreement, whatever
 * it was doing; records how (withdrawn or terminated) and why.
 * <p>
 * Reads {@code agreementId}, {@code endStatus} ({@code WITHDRAWN}, the default, or
 * {@code TERMINATED}) and {@code endReason} (required); removes the last two.
 */
@Component
class RecordWithdrawalDelegate implements JavaDelegate {

    enum EndStatus {

        WITHDRAWN, TERMINATED

    }

    private final AgreementService agreements;

    RecordWithdrawalDelegate(AgreementService agreements) {
        this.agreements = agreements;
    }

    @Override
    public void execute(DelegateExecution execution) {
        FormValues form = FormValues.of(execution);
        EndStatus status = form.choice(AgreementLifecycle.Fields.END_STATUS, EndStatus.class, false);
        String reason = form.text(AgreementLifecycle.Fields.END_REASON, true, 2000);
        form.throwIfInvalid();
        this.agreements.end((String) execution.getVariable(AgreementLifecycle.Variables.AGREEMENT_ID),
                status == EndStatus.TERMINATED ? AgreementStatus.TERMINATED : AgreementStatus.WITHDRAWN, reason);
        execution.removeVariables(List.of(AgreementLifecycle.Fields.WITHDRAWAL));
    }

}
