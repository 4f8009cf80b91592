package org.agreementtracker.agreement.process;

import java.util.List;

import org.agreementtracker.agreement.AgreementService;
import org.agreementtracker.agreement.ImplementationService;
import org.agreementtracker.agreement.LifecycleProperties;
import org.agreementtracker.agreement.MemorandumSignature;
import org.agreementtracker.shared.FormError;
import org.agreementtracker.shared.FormValues;
import org.agreementtracker.shared.InvalidFormDataException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * Register signature: stores who signed the memorandum, when, where, and where the signed
 * document is, whether "Sign memorandum" was completed or the message
 * {@code MemorandumSigned} arrived through the API.
 * <p>
 * Reads {@code agreementId}, {@code signedOn}, {@code signedPlace}, {@code signatories}
 * and {@code signedDocumentRef}; removes the last four.
 */
@Component
class RegisterSignatureDelegate implements JavaDelegate {

    private final AgreementService agreements;

    private final ImplementationService implementation;

    private final LifecycleProperties lifecycle;

    RegisterSignatureDelegate(AgreementService agreements, ImplementationService implementation,
            LifecycleProperties lifecycle) {
        this.agreements = agreements;
        this.implementation = implementation;
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        FormValues form = FormValues.of(execution);
        MemorandumSignature signature = new MemorandumSignature(form.date(AgreementLifecycle.Fields.SIGNED_ON, true),
                form.text(AgreementLifecycle.Fields.SIGNED_PLACE, true, 200),
                form.text(AgreementLifecycle.Fields.SIGNATORIES, true, 2000),
                form.text(AgreementLifecycle.Fields.SIGNED_DOCUMENT_REF, true, 500));
        form.throwIfInvalid();
        String id = (String) execution.getVariable(AgreementLifecycle.Variables.AGREEMENT_ID);
        // The cadences are checked now, so a mistake is refused with the signature form
        // still open.
        FormValues planForm = FormValues.of(execution);
        List<FormError> planErrors = this.implementation.checkPlan(id,
                ImplementationPlans.read(planForm, signature.signedOn(), this.lifecycle));
        if (!planErrors.isEmpty()) {
            throw InvalidFormDataException.of(planErrors).renamed(planForm::asSubmitted);
        }
        this.agreements.registerSignature(id, signature);
        execution.removeVariables(List.of(AgreementLifecycle.Fields.SIGNATURE));
    }

}
