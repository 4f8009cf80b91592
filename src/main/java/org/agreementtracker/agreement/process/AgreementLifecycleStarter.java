package org.agreementtracker.agreement.process;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.agreementtracker.agreement.Agreement;
import org.agreementtracker.agreement.AgreementLifecycles;
import org.agreementtracker.agreement.ImplementationService;
import org.agreementtracker.agreement.LifecycleProperties;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

import org.springframework.stereotype.Component;

/**
 * Starts the lifecycle of an agreement that was registered outside the start form (an
 * agreement file) at the point it has reached: negotiation, or implementation for a
 * signed memorandum; and makes a running lifecycle follow a re-imported file: commitments
 * added (a new instance of the commitments' multi-instance call activity) or removed (the
 * {@code CommitmentRemoved} message), deadlines moved (timers and open steps).
 */
@Component
class AgreementLifecycleStarter implements AgreementLifecycles {

    private static final String IMPLEMENT_COMMITMENTS = "CallActivity_ImplementCommitments";

    private static final String IMPLEMENT_AGREEMENT = "SubProcess_ImplementAgreement";

    private static final String MULTI_INSTANCE_BODY = "#multiInstanceBody";

    private final RuntimeService runtimeService;

    private final ManagementService managementService;

    private final TaskService taskService;

    private final LifecycleProperties lifecycle;

    AgreementLifecycleStarter(RuntimeService runtimeService, ManagementService managementService,
            TaskService taskService, LifecycleProperties lifecycle) {
        this.runtimeService = runtimeService;
        this.managementService = managementService;
        this.taskService = taskService;
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

    @Override
    public void addCommitment(String agreementId, long commitmentId) {
        ProcessInstance instance = lifecycleOf(agreementId);
        if (instance == null) {
            return;
        }
        ActivityInstance implementing = find(this.runtimeService.getActivityInstance(instance.getId()),
                IMPLEMENT_AGREEMENT);
        if (implementing == null) {
            return;
        }
        ActivityInstance commitments = find(implementing, IMPLEMENT_COMMITMENTS + MULTI_INSTANCE_BODY);
        if (commitments != null) {
            this.runtimeService.createProcessInstanceModification(instance.getId())
                .startBeforeActivity(IMPLEMENT_COMMITMENTS, commitments.getId())
                .setVariableLocal(AgreementLifecycle.Variables.COMMITMENT_ID, commitmentId)
                .execute();
        }
        else {
            // Every other commitment is implemented: this one runs on its own, and the
            // branch ends again when it does.
            this.runtimeService.createProcessInstanceModification(instance.getId())
                .startBeforeActivity(IMPLEMENT_COMMITMENTS + MULTI_INSTANCE_BODY, implementing.getId())
                .setVariableLocal(AgreementLifecycle.Variables.COMMITMENT_IDS, new ArrayList<>(List.of(commitmentId)))
                .execute();
        }
    }

    @Override
    public void addDeliverable(String agreementId, long commitmentId, long deliverableId) {
        ProcessInstance implementation = implementationOf(agreementId, commitmentId);
        if (implementation != null) {
            ActivityInstance tree = this.runtimeService.getActivityInstance(implementation.getId());
            if (find(tree, CommitmentImplementation.Elements.PLAN_DELIVERABLES) != null) {
                return;
            }
            ActivityInstance deliveries = find(tree,
                    CommitmentImplementation.Elements.DELIVER_DELIVERABLES + MULTI_INSTANCE_BODY);
            if (deliveries != null) {
                this.runtimeService.createProcessInstanceModification(implementation.getId())
                    .startBeforeActivity(CommitmentImplementation.Elements.DELIVER_DELIVERABLES, deliveries.getId())
                    .setVariableLocal(CommitmentImplementation.Variables.DELIVERABLE_ID, deliverableId)
                    .execute();
            }
            else {
                this.runtimeService.createProcessInstanceModification(implementation.getId())
                    .startBeforeActivity(CommitmentImplementation.Elements.DELIVER_DELIVERABLES + MULTI_INSTANCE_BODY)
                    .setVariableLocal(CommitmentImplementation.Variables.DELIVERABLE_IDS,
                            new ArrayList<>(List.of(deliverableId)))
                    .execute();
            }
            return;
        }
        ProcessInstance lifecycle = lifecycleOf(agreementId);
        if (lifecycle == null
                || find(this.runtimeService.getActivityInstance(lifecycle.getId()), IMPLEMENT_AGREEMENT) == null) {
            return;
        }
        // The commitment is fully implemented: the new deliverable is delivered on its
        // own.
        this.runtimeService.createProcessInstanceByKey(CommitmentImplementation.DELIVERY_PROCESS_ID)
            .businessKey(agreementId)
            .setVariable(AgreementLifecycle.Variables.AGREEMENT_ID, agreementId)
            .setVariable(AgreementLifecycle.Variables.LEAD_PARTY,
                    this.runtimeService.getVariable(lifecycle.getId(), AgreementLifecycle.Variables.LEAD_PARTY))
            .setVariable(AgreementLifecycle.Variables.COMMITMENT_ID, commitmentId)
            .setVariable(CommitmentImplementation.Variables.DELIVERABLE_ID, deliverableId)
            .execute();
    }

    @Override
    public void endCommitment(String agreementId, long commitmentId) {
        ProcessInstance implementation = implementationOf(agreementId, commitmentId);
        if (implementation != null) {
            this.runtimeService.createMessageCorrelation(CommitmentImplementation.Messages.COMMITMENT_REMOVED)
                .processInstanceId(implementation.getId())
                .correlateWithResult();
        }
    }

    @Override
    public void moveNegotiationDeadlines(Agreement agreement) {
        ProcessInstance instance = lifecycleOf(agreement.id());
        if (instance == null || find(this.runtimeService.getActivityInstance(instance.getId()),
                AgreementLifecycle.Elements.NEGOTIATE_MEMORANDUM) == null) {
            return;
        }
        Date before = (Date) this.runtimeService.getVariable(instance.getId(),
                AgreementLifecycle.Variables.FINAL_TEXT_DUE_AT);
        Map<String, Object> deadlines = NegotiationDeadlines.variables(agreement.finalTextDue().date(),
                agreement.hardDeadline(), this.lifecycle);
        this.runtimeService.setVariables(instance.getId(), deadlines);
        Date finalTextDue = (Date) deadlines.get(AgreementLifecycle.Variables.FINAL_TEXT_DUE_AT);
        moveTimer(instance, AgreementLifecycle.Elements.HARD_DEADLINE_PASSED,
                (Date) deadlines.get(AgreementLifecycle.Variables.HARD_DEADLINE_AT));
        moveTimer(instance, AgreementLifecycle.Elements.FINAL_TEXT_OVERDUE,
                Date.from(NegotiationDeadlines.firstReminder(agreement.finalTextDue().date(), this.lifecycle)));
        // A step held to the old deadline, or due after the new one, is due at the new
        // one; a deadline already past leaves the steps their own time.
        if (finalTextDue.toInstant().isAfter(NegotiationDeadlines.now())) {
            this.taskService.createTaskQuery().processInstanceId(instance.getId()).list().forEach(task -> {
                if (task.getDueDate() != null
                        && (task.getDueDate().equals(before) || task.getDueDate().after(finalTextDue))) {
                    task.setDueDate(finalTextDue);
                    this.taskService.saveTask(task);
                }
            });
        }
    }

    private void moveTimer(ProcessInstance instance, String activityId, Date dueDate) {
        Job timer = this.managementService.createJobQuery()
            .processInstanceId(instance.getId())
            .activityId(activityId)
            .timers()
            .singleResult();
        if (timer != null) {
            this.managementService.setJobDuedate(timer.getId(), dueDate, true);
        }
    }

    private ProcessInstance implementationOf(String agreementId, long commitmentId) {
        return this.runtimeService.createProcessInstanceQuery()
            .processDefinitionKey(CommitmentImplementation.PROCESS_ID)
            .processInstanceBusinessKey(agreementId)
            .variableValueEquals(AgreementLifecycle.Variables.COMMITMENT_ID, commitmentId)
            .singleResult();
    }

    private ProcessInstance lifecycleOf(String agreementId) {
        return this.runtimeService.createProcessInstanceQuery()
            .processDefinitionKey(AgreementLifecycle.PROCESS_ID)
            .processInstanceBusinessKey(agreementId)
            .singleResult();
    }

    private static ActivityInstance find(ActivityInstance tree, String activityId) {
        if (activityId.equals(tree.getActivityId())) {
            return tree;
        }
        for (ActivityInstance child : tree.getChildActivityInstances()) {
            ActivityInstance found = find(child, activityId);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

}
