package org.agreementtracker.agreement.process;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.agreementtracker.agreement.Agreement;
import org.agreementtracker.agreement.AgreementService;
import org.agreementtracker.agreement.ImplementationService;
import org.agreementtracker.agreement.LifecycleProperties;
import org.agreementtracker.shared.FormValues;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * Start implementation: the signed agreement's cadences and end date start the
 * implementation phase.
 * <p>
 * Reads {@code agreementId}, {@code seniorMeetingCadence}, {@code workingMeetingCadence},
 * {@code agreementEndDate} (from "Sign memorandum" or the {@code MemorandumSigned}
 * message; removed). Writes {@code commitmentIds}, {@code hasCommitments}, the two
 * cadences as routing facts, {@code agreementEndAt} and
 * {@code indicatorReportingInterval}.
 */
@Component
class StartImplementationDelegate implements JavaDelegate {

    private final ImplementationService implementation;

    private final AgreementService agreements;

    private final LifecycleProperties lifecycle;

    StartImplementationDelegate(ImplementationService implementation, AgreementService agreements,
            LifecycleProperties lifecycle) {
        this.implementation = implementation;
        this.agreements = agreements;
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String id = (String) execution.getVariable(AgreementLifecycle.Variables.AGREEMENT_ID);
        ImplementationService.ImplementationPlan plan = ImplementationPlans.read(FormValues.of(execution),
                this.agreements.signature(id).map(signature -> signature.signedOn()).orElse(null), this.lifecycle);
        List<Long> commitments = this.implementation.startImplementation(id, plan);
        Agreement agreement = this.agreements.get(id);
        execution.removeVariables(ImplementationPlans.FIELDS);
        execution.setVariable("commitmentIds", new ArrayList<>(commitments));
        execution.setVariable("hasCommitments", !commitments.isEmpty());
        execution.setVariable("seniorMeetingCadence", plan.seniorMeetingCadence());
        execution.setVariable("workingMeetingCadence", plan.workingMeetingCadence());
        execution.setVariable("indicatorReportingInterval", this.lifecycle.indicatorReportingInterval().toString());
        execution.setVariable("reassessmentInterval", this.lifecycle.reassessmentInterval().toString());
        LocalDate end = plan.endDate();
        execution.setVariable("agreementEndAt",
                Date.from((end != null ? end : agreement.dateSigned().plusYears(100)).plusDays(1)
                    .atStartOfDay(ZoneOffset.UTC)
                    .toInstant()));
    }

}
