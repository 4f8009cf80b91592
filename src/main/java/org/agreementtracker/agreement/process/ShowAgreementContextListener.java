package org.agreementtracker.agreement.process;

import java.util.stream.Collectors;

import org.agreementtracker.agreement.Agreement;
import org.agreementtracker.agreement.AgreementParty;
import org.agreementtracker.agreement.AgreementService;
import org.agreementtracker.shared.Parties;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import org.springframework.stereotype.Component;

/**
 * On every negotiation task: puts the agreement's context (title, parties, deadline,
 * latest draft) into task-local variables, which the forms show read-only. The agreement
 * stays in our tables; these copies end with the task.
 * <p>
 * Reads {@code agreementId} and, on review tasks, {@code reviewingParty}. Writes the
 * task-local {@code agreementTitle}, {@code agreementSummary}, {@code finalTextDueText},
 * {@code reviewingPartyName}.
 */
@Component
class ShowAgreementContextListener implements TaskListener {

    private final AgreementService agreements;

    private final Parties parties;

    ShowAgreementContextListener(AgreementService agreements, Parties parties) {
        this.agreements = agreements;
        this.parties = parties;
    }

    @Override
    public void notify(DelegateTask task) {
        String id = (String) task.getVariable(AgreementLifecycle.Variables.AGREEMENT_ID);
        Agreement agreement = this.agreements.get(id);
        task.setVariableLocal("agreementTitle", agreement.title() + " (" + agreement.id() + ")");
        task.setVariableLocal("agreementSummary",
                agreement.instrumentType().label() + " of " + agreement.dateSigned() + ", led by "
                        + partyName(agreement.leadParty()) + ". Parties: "
                        + agreement.parties().stream().map(this::describe).collect(Collectors.joining("; ")) + ".");
        task.setVariableLocal("finalTextDueText",
                agreement.finalTextDue().date()
                        + (agreement.finalTextDue().stated() == null ? ""
                                : " (stated: \"" + agreement.finalTextDue().stated() + "\")")
                        + ", review round " + agreement.reviewRound() + " of " + agreement.maxReviewRounds());
        Object reviewingParty = task.getVariable(AgreementLifecycle.Variables.REVIEWING_PARTY);
        if (reviewingParty != null) {
            task.setVariableLocal("reviewingPartyName", partyName(reviewingParty.toString()));
        }
    }

    private String describe(AgreementParty party) {
        return party.name() + " (" + (party.country() == null ? "international" : party.country().toUpperCase()) + ", "
                + party.role().name().toLowerCase() + ")";
    }

    private String partyName(String code) {
        return this.parties.find(code).map(Parties.Party::name).orElse(code);
    }

}
