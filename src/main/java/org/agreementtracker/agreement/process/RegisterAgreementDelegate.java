package org.agreementtracker.agreement.process;

import java.util.ArrayList;
import java.util.List;

import org.agreementtracker.agreement.Agreement;
import org.agreementtracker.agreement.AgreementService;
import org.agreementtracker.agreement.LifecycleProperties;
import org.agreementtracker.agreement.NewAgreement;
import org.agreementtracker.shared.FormError;
import org.agreementtracker.shared.FormValues;
import org.agreementtracker.shared.InvalidFormDataException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * Register agreement: stores what "Record joint statement" submitted and keeps only
 * routing facts as variables.
 * <p>
 * Reads the start form's fields ({@link AgreementLifecycle.Fields#jointStatement()}) and
 * the business key or the form's {@code agreementId} (the wanted id; neither assigns
 * one). Writes the business key (the agreement's id), {@code agreementId},
 * {@code leadParty}, {@code reviewingParties}, {@code reviewRound} and the deadline
 * variables; removes the form's fields. Invalid data rolls the start back with every
 * broken rule.
 */
@Component
class RegisterAgreementDelegate implements JavaDelegate {

    private final AgreementService agreements;

    private final LifecycleProperties lifecycle;

    RegisterAgreementDelegate(AgreementService agreements, LifecycleProperties lifecycle) {
        this.agreements = agreements;
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        FormValues form = FormValues.of(execution);
        NewAgreement statement = JointStatementForm.read(execution.getProcessBusinessKey(), form);
        List<FormError> errors = new ArrayList<>(form.errors());
        errors.addAll(this.agreements.check(statement));
        if (!errors.isEmpty()) {
            throw InvalidFormDataException.of(errors).renamed(form::asSubmitted);
        }
        Agreement agreement = this.agreements.register(statement);
        this.agreements.linkProcessInstance(agreement.id(), execution.getProcessInstanceId());

        execution.removeVariables(AgreementLifecycle.Fields.jointStatement());
        execution.setProcessBusinessKey(agreement.id());
        execution.setVariable(AgreementLifecycle.Variables.AGREEMENT_ID, agreement.id());
        execution.setVariable(AgreementLifecycle.Variables.LEAD_PARTY, agreement.leadParty());
        execution.setVariable(AgreementLifecycle.Variables.REVIEWING_PARTIES,
                new ArrayList<>(agreement.signatoryCountries()));
        execution.setVariable(AgreementLifecycle.Variables.REVIEW_ROUND, 0);
        NegotiationDeadlines.apply(execution, agreement.finalTextDue().date(), agreement.hardDeadline(),
                this.lifecycle);
    }

}
