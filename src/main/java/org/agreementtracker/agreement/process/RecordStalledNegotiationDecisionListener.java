package org.agreementtracker.agreement.process;

import java.time.LocalDate;

import org.agreementtracker.agreement.Agreement;
import org.agreementtracker.agreement.AgreementService;
import org.agreementtracker.agreement.AgreementStatus;
import org.agreementtracker.agreement.Deadline;
import org.agreementtracker.agreement.LifecycleProperties;
import org.agreementtracker.shared.FormValues;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import org.springframework.stereotype.Component;

/**
 * On completing "Decide on stalled negotiation" (the hard deadline passed): a manager
 * extends the negotiation with new deadlines, or abandons the agreement.
 * <p>
 * Reads {@code agreementId} and the form's {@code negotiationDecision} ({@code EXTEND} or
 * {@code ABANDON}), {@code newFinalTextDue}, {@code newHardDeadline} and
 * {@code decisionReason} (task-local). Writes {@code extendNegotiation} and, on
 * extension, the deadline variables.
 */
@Component
class RecordStalledNegotiationDecisionListener implements TaskListener {

    enum Decision {

        EXTEND, ABANDON

    }

    private final AgreementService agreements;

    private final LifecycleProperties lifecycle;

    RecordStalledNegotiationDecisionListener(AgreementService agreements, LifecycleProperties lifecycle) {
        this.agreements = agreements;
        this.lifecycle = lifecycle;
    }

    @Override
    public void notify(DelegateTask task) {
        FormValues form = FormValues.of(task);
        Decision decision = form.choice(AgreementLifecycle.Fields.NEGOTIATION_DECISION, Decision.class, true);
        LocalDate newDue = form.date(AgreementLifecycle.Fields.NEW_FINAL_TEXT_DUE, decision == Decision.EXTEND);
        LocalDate newHard = form.date(AgreementLifecycle.Fields.NEW_HARD_DEADLINE, false);
        String reason = form.text(AgreementLifecycle.Fields.DECISION_REASON, true, 2000);
        form.throwIfInvalid();
        String id = (String) task.getVariable(AgreementLifecycle.Variables.AGREEMENT_ID);
        if (decision == Decision.EXTEND) {
            this.agreements.extendNegotiation(id, new Deadline(null, newDue), newHard, reason);
            Agreement extended = this.agreements.get(id);
            NegotiationDeadlines.apply(task.getExecution().getProcessInstance(), extended.finalTextDue().date(),
                    extended.hardDeadline(), this.lifecycle);
        }
        else {
            this.agreements.end(id, AgreementStatus.ABANDONED,
                    "Negotiation abandoned after the hard deadline: " + reason);
        }
        task.getExecution()
            .getProcessInstance()
            .setVariable(AgreementLifecycle.Variables.EXTEND_NEGOTIATION, decision == Decision.EXTEND);
    }

}
