package org.agreementtracker.agreement.process;

import org.agreementtracker.agreement.AgreementService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * Close review round: counts the parties' decisions on the current draft.
 * <p>
 * Reads {@code agreementId}. Writes {@code allPartiesApproved} and
 * {@code reviewRoundsLeft}.
 */
@Component
class CloseReviewRoundDelegate implements JavaDelegate {

    private final AgreementService agreements;

    CloseReviewRoundDelegate(AgreementService agreements) {
        this.agreements = agreements;
    }

    @Override
    public void execute(DelegateExecution execution) {
        AgreementService.RoundOutcome outcome = this.agreements
            .closeRound((String) execution.getVariable(AgreementLifecycle.Variables.AGREEMENT_ID));
        execution.setVariable(AgreementLifecycle.Variables.ALL_PARTIES_APPROVED, outcome.allApproved());
        execution.setVariable(AgreementLifecycle.Variables.REVIEW_ROUNDS_LEFT, outcome.roundsLeft());
    }

}
