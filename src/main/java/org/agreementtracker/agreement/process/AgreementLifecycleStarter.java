package org.agreementtracker.agreement.process;

import java.util.ArrayList;
import java.util.Map;

import org.agreementtracker.agreement.Agreement;
import org.agreementtracker.agreement.AgreementLifecycles;
import org.agreementtracker.agreement.ImplementationService;
import org.agreementtracker.agreement.LifecycleProperties;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

import org.springframework.stereotype.Component;

/**
 * Starts the lifecycle of an agreement that was registered outside the start form (an
 * agreement file) at the point it has reached: negotiation, or implementation for a
 * signed memorandum.
 */
@Component
class AgreementLifecycleStarter implements AgreementLifecycles {

    private final RuntimeService runtimeService;

    private final LifecycleProperties lifecycle;

    AgreementLifecycleStarter(RuntimeService runtimeService, LifecycleProperties lifecycle) {
        this.runtimeService = runtimeService;
        this.lifecycle = lifecycle;
    }

    /**
     * The lead drafts the memorandum next (or revises it, when review rounds happened).
     */
    @Override
    public ProcessInstance startNegotiation(Agreement agreement) {
        return this.runtimeService.createProcessInstanceByKey(AgreementLifecycle.PROCESS_ID)
            .businessKey(agreement.id())
            .setVariables(routingFacts(agreement))
            .startBeforeActivity("Gateway_NegotiationResumes")
            .execute();
    }

    /**
     * The memorandum is signed: implementation starts with the given cadences and end
     * date.
     */
    @Override
    public ProcessInstance startImplementation(Agreement agreement, ImplementationService.ImplementationPlan plan) {
        VariableMap variables = routingFacts(agreement);
        variables.putValue("seniorMeetingCadence", plan.seniorMeetingCadence());
        variables.putValue("workingMeetingCadence", plan.workingMeetingCadence());
        variables.putValue("agreementEndDate", plan.endDate() == null ? null : plan.endDate().toString());
        return this.runtimeService.createProcessInstanceByKey(AgreementLifecycle.PROCESS_ID)
            .businessKey(agreement.id())
            .setVariables(variables)
            .startBeforeActivity("ServiceTask_StartImplementation")
            .execute();
    }

    private VariableMap routingFacts(Agreement agreement) {
        Map<String, Object> deadlines = NegotiationDeadlines.variables(agreement.finalTextDue().date(),
                agreement.hardDeadline(), this.lifecycle);
        VariableMap variables = Variables.createVariables()
            .putValue(AgreementLifecycle.Variables.AGREEMENT_ID, agreement.id())
            .putValue(AgreementLifecycle.Variables.LEAD_PARTY, agreement.leadParty())
            .putValue(AgreementLifecycle.Variables.REVIEWING_PARTIES, new ArrayList<>(agreement.signatoryCountries()))
            .putValue(AgreementLifecycle.Variables.REVIEW_ROUND, agreement.reviewRound());
        variables.putAll(deadlines);
        return variables;
    }

}
