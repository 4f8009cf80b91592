package org.agreementtracker.support;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.agreementtracker.agreement.AgreementService;
import org.agreementtracker.agreement.process.JointStatements;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.assertions.bpmn.ProcessInstanceAssert;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Process tests drive the engine by hand: the job executor is off, timers are executed
 * when the test has moved the engine's clock to them, and users act with their real
 * groups, so authorizations are checked as in Tasklist.
 */
@SpringBootTest
public abstract class ProcessTestSupport {

    @Autowired
    protected ProcessEngine engine;

    @Autowired
    protected AgreementService agreements;

    @BeforeEach
    void initAssertions() {
        BpmnAwareTests.init(this.engine);
    }

    @AfterEach
    void resetClockAndLogin() {
        ClockUtil.reset();
        this.engine.getIdentityService().clearAuthentication();
    }

    protected static ProcessInstanceAssert bpmn(ProcessInstance instance) {
        return BpmnAwareTests.assertThat(instance);
    }

    /** Starts an agreement's lifecycle as the US coordinator with the form data given. */
    protected ProcessInstance recordAgreement(String id, Map<String, Object> form) {
        actAs("coordinator-us");
        try {
            return this.engine.getRuntimeService().startProcessInstanceByKey("agreement-lifecycle", id, form);
        }
        finally {
            this.engine.getIdentityService().clearAuthentication();
        }
    }

    /**
     * Open tasks of every process instance of an agreement (the business key), by element
     * id.
     */
    protected List<Task> tasks(String agreementId, String taskKey) {
        return this.engine.getTaskService()
            .createTaskQuery()
            .processInstanceBusinessKey(agreementId)
            .taskDefinitionKey(taskKey)
            .orderByTaskCreateTime()
            .asc()
            .list();
    }

    protected Task single(String agreementId, String taskKey) {
        List<Task> tasks = tasks(agreementId, taskKey);
        assertThat(tasks).as("open %s of %s", taskKey, agreementId).hasSize(1);
        return tasks.get(0);
    }

    protected List<String> candidateGroups(Task task) {
        return this.engine.getTaskService()
            .getIdentityLinksForTask(task.getId())
            .stream()
            .filter(link -> link.getGroupId() != null)
            .map(link -> link.getGroupId())
            .toList();
    }

    /** Submits a task's form as the user, with the user's group. */
    protected void complete(Task task, String user, Map<String, Object> values) {
        actAs(user);
        try {
            this.engine.getFormService().submitTaskForm(task.getId(), values);
        }
        finally {
            this.engine.getIdentityService().clearAuthentication();
        }
    }

    protected void actAs(String user) {
        String group = switch (user) {
            case "manager" -> "managers";
            case "reviewer" -> "reviewers";
            case "admin" -> "admins";
            default -> user.replace("coordinator-", "coordinators-");
        };
        this.engine.getIdentityService().setAuthentication(user, List.of(group));
    }

    /** Timer jobs of every process instance of an agreement at an element. */
    protected List<Job> timers(String agreementId, String activityId) {
        List<String> instances = this.engine.getRuntimeService()
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(agreementId)
            .list()
            .stream()
            .map(ProcessInstance::getId)
            .toList();
        return this.engine.getManagementService()
            .createJobQuery()
            .timers()
            .activityId(activityId)
            .list()
            .stream()
            .filter(job -> instances.contains(job.getProcessInstanceId()))
            .toList();
    }

    protected Job timer(String agreementId, String activityId) {
        List<Job> timers = timers(agreementId, activityId);
        assertThat(timers).as("timers at %s of %s", activityId, agreementId).hasSize(1);
        return timers.get(0);
    }

    /** Moves the clock just past the timer and fires it. */
    protected void fire(Job timer) {
        if (timer.getDuedate().after(ClockUtil.getCurrentTime())) {
            ClockUtil.setCurrentTime(new Date(timer.getDuedate().getTime() + 1000));
        }
        this.engine.getManagementService().executeJob(timer.getId());
    }

    protected static void moveClockTo(LocalDate date) {
        ClockUtil.setCurrentTime(Date.from(date.atTime(12, 0).toInstant(ZoneOffset.UTC)));
    }

    protected static LocalDate today() {
        return JointStatements.today();
    }

    /**
     * Takes an agreement from the joint statement to a signed memorandum with the given
     * cadences.
     */
    protected String signedAgreement(String prefix, String seniorCadence, String workingCadence) {
        String id = JointStatements.uniqueId(prefix);
        recordAgreement(id, JointStatements.bilateral());
        complete(single(id, "UserTask_DraftMemorandumText"), "coordinator-us",
                Map.of("draftDocumentRef", "docs://draft", "draftSummary", "Draft"));
        for (Task review : tasks(id, "UserTask_ReviewMemorandumDraft")) {
            String party = candidateGroups(review).get(0).replace("coordinators-", "");
            complete(review, "coordinator-" + party, Map.of("reviewDecision", "APPROVED"));
        }
        Map<String, Object> signature = new java.util.HashMap<>(Map.of("signedOn", today().toString(), "signedPlace",
                "Guatemala City", "signatories", "Both ministers", "signedDocumentRef", "docs://signed"));
        signature.put("seniorMeetingCadence", seniorCadence);
        signature.put("workingMeetingCadence", workingCadence);
        complete(single(id, "UserTask_SignMemorandum"), "coordinator-us", signature);
        return id;
    }

}
