package org.agreementtracker.agreement.process;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.agreementtracker.agreement.Agreement;
import org.agreementtracker.agreement.AgreementService;
import org.agreementtracker.agreement.AgreementStatus;
import org.agreementtracker.agreement.StatusChange;
import org.agreementtracker.language.FormErrorMessages;
import org.agreementtracker.language.TaskNames;
import org.agreementtracker.shared.InvalidFormDataException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.assertions.bpmn.ProcessInstanceAssert;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.agreementtracker.agreement.process.AgreementLifecycle.Elements.CLOSE_REVIEW_ROUND;
import static org.agreementtracker.agreement.process.AgreementLifecycle.Elements.DECIDE_ON_FURTHER_REVIEW_ROUNDS;
import static org.agreementtracker.agreement.process.AgreementLifecycle.Elements.DECIDE_ON_STALLED_NEGOTIATION;
import static org.agreementtracker.agreement.process.AgreementLifecycle.Elements.DRAFT_MEMORANDUM_TEXT;
import static org.agreementtracker.agreement.process.AgreementLifecycle.Elements.ESCALATE_OVERDUE_MEMORANDUM;
import static org.agreementtracker.agreement.process.AgreementLifecycle.Elements.REVIEW_MEMORANDUM_DRAFT;
import static org.agreementtracker.agreement.process.AgreementLifecycle.Elements.REVISE_MEMORANDUM_DRAFT;
import static org.agreementtracker.agreement.process.AgreementLifecycle.Elements.SIGN_MEMORANDUM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

@SpringBootTest
class AgreementLifecycleProcessTest {

    @Autowired
    FormErrorMessages formErrors;

    @Autowired
    ProcessEngine engine;

    @Autowired
    TaskNames taskNames;

    @Autowired
    AgreementService agreements;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @BeforeEach
    void initAssertions() {
        init(this.engine);
    }

    @AfterEach
    void resetClockAndLogin() {
        ClockUtil.reset();
        this.engine.getIdentityService().clearAuthentication();
    }

    @Test
    void happyPathFromJointStatementToSignedMemorandum() {
        // given
        String id = JointStatements.uniqueId("AGR-HAPPY");
        ProcessInstance instance = record(id, JointStatements.bilateral());

        // when
        Task draft = single(instance, DRAFT_MEMORANDUM_TEXT);
        complete(draft, "coordinator-us", Map.of("draftDocumentRef", "docs://moc/draft-1", "draftSummary",
                "Training and joint operations against smuggling networks"));
        List<Task> reviews = tasks(instance, REVIEW_MEMORANDUM_DRAFT);
        reviews.forEach(review -> complete(review, null, Map.of("reviewDecision", "APPROVED")));
        Task sign = single(instance, SIGN_MEMORANDUM);
        complete(sign, "coordinator-us", signature());

        // then
        bpmn(instance).hasPassedInOrder("ServiceTask_RegisterAgreement", DRAFT_MEMORANDUM_TEXT, REVIEW_MEMORANDUM_DRAFT,
                CLOSE_REVIEW_ROUND, SIGN_MEMORANDUM, "ServiceTask_RegisterSignature",
                "ServiceTask_StartImplementation");
        bpmn(instance).isWaitingAt("CallActivity_ImplementCommitments", "CallActivity_HoldSeniorMeetings",
                "CallActivity_HoldWorkingMeetings", "CallActivity_ReportIndicators");
        assertThat(this.agreements.get(id).status()).isEqualTo(AgreementStatus.IMPLEMENTING);
        assertThat(this.agreements.statusHistory(id)).extracting(StatusChange::status)
            .containsExactly(AgreementStatus.DRAFTING, AgreementStatus.UNDER_REVIEW, AgreementStatus.AWAITING_SIGNATURE,
                    AgreementStatus.SIGNED, AgreementStatus.IMPLEMENTING);
        assertThat(this.agreements.signature(id)).get().extracting("place").isEqualTo("Guatemala City");
    }

    @Test
    void theAgreementLivesInOurTablesAndVariablesKeepOnlyRoutingFacts() {
        String id = JointStatements.uniqueId("AGR-VARS");
        ProcessInstance instance = record(id, JointStatements.bilateral());

        Map<String, Object> variables = this.engine.getRuntimeService().getVariables(instance.getId());

        assertThat(instance.getBusinessKey()).isEqualTo(id);
        assertThat(variables).containsKeys("agreementId", "leadParty", "reviewingParties", "finalTextDueAt",
                "hardDeadlineAt", "reminderCycle", "reviewRound");
        assertThat(variables).doesNotContainKeys("title", "parties", "commitments", "areas", "dateSigned");
        assertThat(variables.get("reviewingParties")).asList().containsExactly("us", "gt");
        var agreement = this.agreements.get(id);
        assertThat(agreement.parties()).hasSize(3);
        assertThat(agreement.parties().get(2).country()).isNull();
        assertThat(agreement.commitments()).hasSize(2);
        assertThat(agreement.commitments().get(1).areas()).hasSize(2);
        assertThat(agreement.finalTextDue().stated()).isEqualTo("in 3 weeks");
    }

    @Test
    void draftGoesToTheLeadPartyAndEachSignatoryReviewsOnlyForItsOwnParty() {
        ProcessInstance instance = record(JointStatements.uniqueId("AGR-GROUPS"), JointStatements.bilateral());

        assertThat(candidateGroups(single(instance, DRAFT_MEMORANDUM_TEXT))).containsExactly("coordinators-us");
        assertThat(single(instance, DRAFT_MEMORANDUM_TEXT).getDueDate()).isInTheFuture();
        complete(single(instance, DRAFT_MEMORANDUM_TEXT), "coordinator-us", draft("1"));

        List<Task> reviews = tasks(instance, REVIEW_MEMORANDUM_DRAFT);
        assertThat(reviews).hasSize(2);
        assertThat(reviews).map(this::candidateGroups)
            .containsExactlyInAnyOrder(List.of("coordinators-us"), List.of("coordinators-gt"));
        this.engine.getIdentityService().setAuthentication("coordinator-gt", List.of("coordinators-gt"));
        List<Task> visibleToGuatemala = this.engine.getTaskService()
            .createTaskQuery()
            .processInstanceId(instance.getId())
            .list();
        this.engine.getIdentityService().clearAuthentication();
        assertThat(visibleToGuatemala).hasSize(1);
        assertThat(candidateGroups(visibleToGuatemala.get(0))).containsExactly("coordinators-gt");
        String review = visibleToGuatemala.get(0).getId();
        assertThat(this.engine.getFormService().getTaskFormVariables(review))
            .as("what the form shows, computed when it is opened")
            .containsEntry("reviewingPartyName", "Guatemala")
            .containsKey("agreementSummary")
            .containsEntry("agreementTitle",
                    "Memorandum of Cooperation on law enforcement (" + instance.getBusinessKey() + ")");
        assertThat(this.engine.getTaskService().getVariablesLocal(review))
            .as("of the context, only the title is stored on the task, for Tasklist's column")
            .containsOnlyKeys("agreementTitle");
    }

    @Test
    void eachReviewIsNamedInItsPartysLanguageAndManagersReadTheModelsName() {
        ProcessInstance instance = record(JointStatements.uniqueId("AGR-NAMES"), JointStatements.bilateral());
        assertThat(single(instance, DRAFT_MEMORANDUM_TEXT).getName()).isEqualTo("Draft memorandum text");
        complete(single(instance, DRAFT_MEMORANDUM_TEXT), "coordinator-us", draft("1"));

        Task guatemalas = tasks(instance, REVIEW_MEMORANDUM_DRAFT).stream()
            .filter(task -> candidateGroups(task).contains("coordinators-gt"))
            .findFirst()
            .orElseThrow();
        Task ours = tasks(instance, REVIEW_MEMORANDUM_DRAFT).stream()
            .filter(task -> candidateGroups(task).contains("coordinators-us"))
            .findFirst()
            .orElseThrow();
        assertThat(guatemalas.getName()).isEqualTo("Revisar el borrador del memorando");
        assertThat(ours.getName()).isEqualTo("Review memorandum draft");
        assertThat(this.taskNames.english(guatemalas)).isEqualTo("Review memorandum draft");
    }

    @Test
    void changesRequestedThenApprovedInTheSecondRound() {
        String id = JointStatements.uniqueId("AGR-CHANGES");
        ProcessInstance instance = record(id, JointStatements.bilateral());
        complete(single(instance, DRAFT_MEMORANDUM_TEXT), "coordinator-us", draft("1"));

        reviewAs(instance, "gt", "CHANGES_REQUESTED", "Article 4 must name the Ministry's police units");
        reviewAs(instance, "us", "APPROVED", null);

        Task revise = single(instance, REVISE_MEMORANDUM_DRAFT);
        assertThat(candidateGroups(revise)).containsExactly("coordinators-us");
        assertThat(this.agreements.get(id).status()).isEqualTo(AgreementStatus.REVISING);
        complete(revise, "coordinator-us", draft("2"));
        assertThat(this.engine.getRuntimeService().getVariable(instance.getId(), "reviewRound")).isEqualTo(2);
        reviewAs(instance, "gt", "APPROVED", null);
        reviewAs(instance, "us", "APPROVED", null);

        assertThat(single(instance, SIGN_MEMORANDUM)).isNotNull();
        assertThat(this.jdbc.sql("select count(*) from tracker.memorandum_review where agreement_id = ?")
            .param(id)
            .query(Long.class)
            .single()).isEqualTo(4);
    }

    @Test
    void theJointStatementsFormValuesGoToOurTablesAndOnlyRoutingFactsBecomeEngineVariables() {
        String id = JointStatements.uniqueId("AGR-START");
        ProcessInstance instance = record(id, JointStatements.bilateral());

        assertThat(this.agreements.get(id).title()).isEqualTo("Memorandum of Cooperation on law enforcement");
        assertThat(this.agreements.get(id).commitments()).hasSize(2);
        assertThat(this.engine.getHistoryService()
            .createHistoricVariableInstanceQuery()
            .processInstanceId(instance.getId())
            .variableNameIn("title", "parties", "commitments", "areas", "dateSigned", "finalTextDue")
            .count()).isZero();
        assertThat(this.engine.getHistoryService()
            .createHistoricDetailQuery()
            .processInstanceId(instance.getId())
            .variableUpdates()
            .list()
            .stream()
            .map(detail -> ((HistoricVariableUpdate) detail).getVariableName()))
            .doesNotContain("title", "parties", "commitments", "areas");
        assertThat(this.engine.getRuntimeService().getVariables(instance.getId())).containsEntry("agreementId", id)
            .containsEntry("leadParty", "us");
    }

    @Test
    void aReviewsFormValuesGoToOurTablesAndNeverBecomeEngineVariables() {
        ProcessInstance instance = record(JointStatements.uniqueId("AGR-TRANSIENT"), JointStatements.bilateral());
        complete(single(instance, DRAFT_MEMORANDUM_TEXT), "coordinator-us", draft("1"));
        Task review = tasks(instance, REVIEW_MEMORANDUM_DRAFT).get(0);

        complete(review, null,
                Map.of("reviewDecision", "CHANGES_REQUESTED", "reviewComments", "Article 4 names the wrong unit"));

        assertThat(this.jdbc.sql(
                "select comments from tracker.memorandum_review where agreement_id = ? and decision = 'CHANGES_REQUESTED'")
            .param(instance.getBusinessKey())
            .query(String.class)
            .list()).containsExactly("Article 4 names the wrong unit");
        assertThat(this.engine.getHistoryService()
            .createHistoricVariableInstanceQuery()
            .processInstanceId(instance.getId())
            .variableNameIn("reviewDecision", "reviewComments", "draftDocumentRef", "draftSummary")
            .count()).isZero();
        // The instance's routing facts are in the history; of the task, only the
        // title for Tasklist's column is, neither what was submitted nor the rest of
        // its form's context.
        assertThat(this.engine.getHistoryService()
            .createHistoricDetailQuery()
            .processInstanceId(instance.getId())
            .list()
            .stream()
            .map(detail -> detail instanceof HistoricVariableUpdate update ? update.getVariableName() : "form field"))
            .contains("reviewRound")
            .doesNotContain("reviewDecision", "reviewComments", "form field");
        assertThat(this.engine.getHistoryService()
            .createHistoricDetailQuery()
            .taskId(review.getId())
            .list()
            .stream()
            .map(detail -> detail instanceof HistoricVariableUpdate update ? update.getVariableName() : "form field"))
            .containsExactly("agreementTitle");
    }

    @Test
    void anAgreementIsReadOncePerTransactionAndAgainOnceItChanged() {
        String id = record(JointStatements.uniqueId("AGR-READS"), JointStatements.bilateral()).getBusinessKey();

        new TransactionTemplate(this.transactions).executeWithoutResult(transaction -> {
            Agreement first = this.agreements.get(id);
            assertThat(this.agreements.get(id)).isSameAs(first);
            this.agreements.changeStatus(id, AgreementStatus.ABANDONED, "test");
            assertThat(this.agreements.get(id).status()).isEqualTo(AgreementStatus.ABANDONED);
            transaction.setRollbackOnly();
        });

        assertThat(this.agreements.get(id).status()).isEqualTo(AgreementStatus.DRAFTING);
        assertThat(this.agreements.get(id)).isNotSameAs(this.agreements.get(id));
    }

    @Test
    void requestingChangesWithoutCommentsIsRefusedAndTheTaskStaysOpen() {
        ProcessInstance instance = record(JointStatements.uniqueId("AGR-NOCOMMENT"), JointStatements.bilateral());
        complete(single(instance, DRAFT_MEMORANDUM_TEXT), "coordinator-us", draft("1"));
        Task review = tasks(instance, REVIEW_MEMORANDUM_DRAFT).get(0);

        assertThatThrownBy(() -> complete(review, null, Map.of("reviewDecision", "CHANGES_REQUESTED")))
            .isInstanceOf(InvalidFormDataException.class)
            .hasMessageContaining("reviewComments is required");
        assertThat(tasks(instance, REVIEW_MEMORANDUM_DRAFT)).hasSize(2);
    }

    @Test
    void aGuatemalanCoordinatorIsToldInSpanishWhatHerFormLacks() {
        ProcessInstance instance = record(JointStatements.uniqueId("AGR-ES-ERROR"), JointStatements.bilateral());
        complete(single(instance, DRAFT_MEMORANDUM_TEXT), "coordinator-us", draft("1"));
        Task guatemalasReview = this.engine.getTaskService()
            .createTaskQuery()
            .processInstanceId(instance.getId())
            .taskDefinitionKey(REVIEW_MEMORANDUM_DRAFT)
            .taskCandidateGroup("coordinators-gt")
            .singleResult();
        Task unitedStatesReview = this.engine.getTaskService()
            .createTaskQuery()
            .processInstanceId(instance.getId())
            .taskDefinitionKey(REVIEW_MEMORANDUM_DRAFT)
            .taskCandidateGroup("coordinators-us")
            .singleResult();

        assertThatThrownBy(() -> complete(guatemalasReview, "coordinator-gt",
                Map.of("reviewDecision", "CHANGES_REQUESTED", "reviewComments", "x".repeat(5000))))
            .isInstanceOfSatisfying(InvalidFormDataException.class,
                    ex -> assertThat(this.formErrors.tell(ex, "es")).extracting(FormErrorMessages.Told::message)
                        .containsExactly("Comentarios: como máximo 4.000 caracteres"));
        assertThatThrownBy(() -> complete(unitedStatesReview, "coordinator-us",
                Map.of("reviewDecision", "CHANGES_REQUESTED", "reviewComments", "x".repeat(5000))))
            .isInstanceOfSatisfying(InvalidFormDataException.class,
                    ex -> assertThat(this.formErrors.tell(ex, "en"))
                        .extracting(FormErrorMessages.Told::field, FormErrorMessages.Told::message)
                        .containsExactly(tuple("reviewComments", "Comments must be at most 4,000 characters long")));
    }

    @Test
    void afterTheLastReviewRoundAManagerGrantsMoreRounds() {
        String id = JointStatements.uniqueId("AGR-ROUNDS");
        ProcessInstance instance = record(id, JointStatements.bilateral().putValue("maxReviewRounds", 1));
        complete(single(instance, DRAFT_MEMORANDUM_TEXT), "coordinator-us", draft("1"));
        reviewAs(instance, "gt", "CHANGES_REQUESTED", "Not yet");
        reviewAs(instance, "us", "APPROVED", null);

        Task decide = single(instance, DECIDE_ON_FURTHER_REVIEW_ROUNDS);
        assertThat(candidateGroups(decide)).containsExactly("managers");
        assertThat(this.agreements.get(id).status()).isEqualTo(AgreementStatus.AWAITING_DECISION);
        complete(decide, "manager",
                Map.of("continueNegotiation", "true", "extraReviewRounds", 2, "decisionNote", "Close to agreement"));

        assertThat(single(instance, REVISE_MEMORANDUM_DRAFT)).isNotNull();
        assertThat(this.agreements.get(id).maxReviewRounds()).isEqualTo(3);
    }

    @Test
    void afterTheLastReviewRoundAManagerAbandonsTheNegotiation() {
        String id = JointStatements.uniqueId("AGR-GIVEUP");
        ProcessInstance instance = record(id, JointStatements.bilateral().putValue("maxReviewRounds", 1));
        complete(single(instance, DRAFT_MEMORANDUM_TEXT), "coordinator-us", draft("1"));
        reviewAs(instance, "gt", "CHANGES_REQUESTED", "Not acceptable");
        reviewAs(instance, "us", "APPROVED", null);

        assertThatThrownBy(() -> complete(single(instance, DECIDE_ON_FURTHER_REVIEW_ROUNDS), "manager",
                Map.of("continueNegotiation", "false")))
            .hasMessageContaining("decisionNote is required");
        complete(single(instance, DECIDE_ON_FURTHER_REVIEW_ROUNDS), "manager",
                Map.of("continueNegotiation", "false", "decisionNote", "Parties too far apart"));

        bpmn(instance).isEnded();
        bpmn(instance).hasPassed("EndEvent_NegotiationAbandoned", "EndEvent_AgreementAbandoned");
        assertThat(this.agreements.get(id).status()).isEqualTo(AgreementStatus.ABANDONED);
    }

    @Test
    void passedDeadlineEscalatesToManagersOnceAndRemindsWeeklyUntilHandled() {
        String id = JointStatements.uniqueId("AGR-OVERDUE");
        ProcessInstance instance = record(id, JointStatements.bilateral());
        Job reminder = timer(instance, "StartEvent_FinalTextOverdue");
        assertThat(reminder.getDuedate()).isEqualTo(endOf(JointStatements.today().plusDays(20)));
        assertThat(tasks(instance, ESCALATE_OVERDUE_MEMORANDUM)).isEmpty();

        // first reminder: a manager task
        moveClockTo(reminder.getDuedate());
        execute(reminder);
        Task escalation = single(instance, ESCALATE_OVERDUE_MEMORANDUM);
        assertThat(candidateGroups(escalation)).containsExactly("managers");
        assertThat(single(instance, DRAFT_MEMORANDUM_TEXT)).as("the work goes on").isNotNull();

        // second reminder a week later while the escalation is open: recorded, no second
        // task
        Job second = timer(instance, "StartEvent_FinalTextOverdue");
        assertThat(second.getDuedate()).isEqualTo(plusDays(reminder.getDuedate(), 7));
        moveClockTo(second.getDuedate());
        execute(second);
        assertThat(tasks(instance, ESCALATE_OVERDUE_MEMORANDUM)).hasSize(1);

        // handled; the third reminder raises it again
        complete(escalation, "manager", Map.of("escalationAction", "Called the Guatemalan Ministry"));
        Job third = timer(instance, "StartEvent_FinalTextOverdue");
        moveClockTo(third.getDuedate());
        execute(third);
        assertThat(tasks(instance, ESCALATE_OVERDUE_MEMORANDUM)).hasSize(1);
        assertThat(this.agreements.statusHistory(id)).extracting(StatusChange::note)
            .anyMatch(note -> note.startsWith("Final text overdue"))
            .anyMatch(note -> note.contains("reminder 3"))
            .anyMatch(note -> note.contains("Called the Guatemalan Ministry"));
        assertThat(this.engine.getHistoryService()
            .createHistoricVariableInstanceQuery()
            .processInstanceId(instance.getId())
            .variableName("escalationOpen")
            .count()).as("a routing fact of one reminder, never stored").isZero();
        assertThat(this.engine.getHistoryService()
            .createHistoricVariableInstanceQuery()
            .processInstanceId(instance.getId())
            .variableName("overdueReminders")
            .count()).as("our tables count the reminders").isZero();
    }

    @Test
    void signingEndsTheRemindersAndAnyOpenEscalation() {
        ProcessInstance instance = record(JointStatements.uniqueId("AGR-LATE-SIGN"), JointStatements.bilateral());
        Job reminder = timer(instance, "StartEvent_FinalTextOverdue");
        moveClockTo(reminder.getDuedate());
        execute(reminder);
        complete(single(instance, DRAFT_MEMORANDUM_TEXT), "coordinator-us", draft("1"));
        reviewAs(instance, "gt", "APPROVED", null);
        reviewAs(instance, "us", "APPROVED", null);

        complete(single(instance, SIGN_MEMORANDUM), "coordinator-us", signature());

        assertThat(tasks(instance, ESCALATE_OVERDUE_MEMORANDUM)).isEmpty();
        assertThat(this.engine.getManagementService()
            .createJobQuery()
            .processInstanceId(instance.getId())
            .activityId("StartEvent_FinalTextOverdue")
            .count()).isZero();
        bpmn(instance).isWaitingAt("CallActivity_ImplementCommitments");
    }

    @Test
    void hardDeadlineLetsAManagerExtendTheNegotiationWithNewTimers() {
        String id = JointStatements.uniqueId("AGR-EXTEND");
        ProcessInstance instance = record(id, JointStatements.bilateral());
        complete(single(instance, DRAFT_MEMORANDUM_TEXT), "coordinator-us", draft("1"));
        Job hard = timer(instance, "BoundaryEvent_HardDeadlinePassed");
        assertThat(hard.getDuedate()).isEqualTo(endOf(JointStatements.today().plusDays(50)));

        moveClockTo(hard.getDuedate());
        execute(hard);
        Task decide = single(instance, DECIDE_ON_STALLED_NEGOTIATION);
        assertThat(tasks(instance, REVIEW_MEMORANDUM_DRAFT)).as("the negotiation is interrupted").isEmpty();
        LocalDate newDue = JointStatements.today().plusDays(30);
        assertThatThrownBy(() -> complete(decide, "manager",
                Map.of("negotiationDecision", "EXTEND", "decisionReason", "Elections", "newFinalTextDue",
                        JointStatements.today().minusDays(1).toString())))
            .hasMessageContaining("newFinalTextDue must be in the future");
        complete(decide, "manager", Map.of("negotiationDecision", "EXTEND", "decisionReason",
                "Elections in Guatemala delayed the review", "newFinalTextDue", newDue.toString()));

        assertThat(single(instance, REVISE_MEMORANDUM_DRAFT)).as("a draft exists, so the lead revises it").isNotNull();
        assertThat(timer(instance, "StartEvent_FinalTextOverdue").getDuedate()).isEqualTo(endOf(newDue));
        assertThat(timer(instance, "BoundaryEvent_HardDeadlinePassed").getDuedate())
            .isEqualTo(endOf(newDue.plusDays(60)));
        assertThat(this.agreements.get(id).finalTextDue().date()).isEqualTo(newDue);
        assertThat(this.agreements.get(id).status()).isEqualTo(AgreementStatus.REVISING);
    }

    @Test
    void hardDeadlineLetsAManagerAbandonTheAgreement() {
        String id = JointStatements.uniqueId("AGR-STALLED");
        ProcessInstance instance = record(id, JointStatements.bilateral());
        Job hard = timer(instance, "BoundaryEvent_HardDeadlinePassed");
        moveClockTo(hard.getDuedate());
        execute(hard);

        complete(single(instance, DECIDE_ON_STALLED_NEGOTIATION), "manager",
                Map.of("negotiationDecision", "ABANDON", "decisionReason", "No response for months"));

        bpmn(instance).isEnded();
        bpmn(instance).hasPassed("EndEvent_AgreementAbandoned");
        assertThat(this.agreements.get(id).status()).isEqualTo(AgreementStatus.ABANDONED);
        assertThat(this.engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).count())
            .isZero();
    }

    @Test
    void signatureArrivingByMessageEndsTheNegotiationWhereverItStands() {
        String id = JointStatements.uniqueId("AGR-MESSAGE");
        ProcessInstance instance = record(id, JointStatements.bilateral());
        complete(single(instance, DRAFT_MEMORANDUM_TEXT), "coordinator-us", draft("1"));

        this.engine.getRuntimeService()
            .createMessageCorrelation(AgreementLifecycle.Messages.MEMORANDUM_SIGNED)
            .processInstanceBusinessKey(id)
            .setVariables(signature())
            .correlate();

        bpmn(instance).hasPassed("BoundaryEvent_MemorandumSigned", "ServiceTask_RegisterSignature");
        bpmn(instance).isWaitingAt("CallActivity_ImplementCommitments");
        assertThat(this.agreements.get(id).status()).isEqualTo(AgreementStatus.IMPLEMENTING);
        assertThat(this.agreements.signature(id)).get().extracting("signatories").asString().contains("McAleenan");
    }

    @Test
    void aSignatureMessageWithoutSignatoriesIsRefusedAndChangesNothing() {
        String id = JointStatements.uniqueId("AGR-BADMSG");
        ProcessInstance instance = record(id, JointStatements.bilateral());

        assertThatThrownBy(() -> this.engine.getRuntimeService()
            .createMessageCorrelation(AgreementLifecycle.Messages.MEMORANDUM_SIGNED)
            .processInstanceBusinessKey(id)
            .setVariable("signedOn", JointStatements.today().toString())
            .correlate()).isInstanceOf(InvalidFormDataException.class)
            .hasMessageContaining("signatories is required")
            .hasMessageContaining("signedPlace is required");

        assertThat(single(instance, DRAFT_MEMORANDUM_TEXT)).isNotNull();
        assertThat(this.agreements.get(id).status()).isEqualTo(AgreementStatus.DRAFTING);
        assertThat(this.engine.getRuntimeService().getVariables(instance.getId())).doesNotContainKey("signedOn");
    }

    @Test
    void withdrawalByMessageEndsTheAgreementAtAnyStageWithItsReason() {
        String id = JointStatements.uniqueId("AGR-WITHDRAW");
        ProcessInstance instance = record(id, JointStatements.bilateral());
        complete(single(instance, DRAFT_MEMORANDUM_TEXT), "coordinator-us", draft("1"));

        this.engine.getRuntimeService()
            .createMessageCorrelation(AgreementLifecycle.Messages.AGREEMENT_WITHDRAWN)
            .processInstanceBusinessKey(id)
            .setVariable("endStatus", "TERMINATED")
            .setVariable("endReason", "Superseded by the regional compact")
            .correlate();

        bpmn(instance).isEnded();
        bpmn(instance).hasPassed("ServiceTask_RecordWithdrawal", "EndEvent_AgreementWithdrawn");
        assertThat(this.agreements.get(id).status()).isEqualTo(AgreementStatus.TERMINATED);
        assertThat(this.agreements.statusHistory(id)).last()
            .extracting(StatusChange::note)
            .isEqualTo("Superseded by the regional compact");
        assertThat(this.engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).count())
            .isZero();
    }

    @Test
    void aManagerWithdrawsAnAgreementFromTasklist() {
        String id = JointStatements.uniqueId("AGR-MGR-WITHDRAW");
        ProcessInstance instance = record(id, JointStatements.bilateral());
        this.engine.getIdentityService().setAuthentication("manager", List.of("managers"));
        String definitionId = this.engine.getRepositoryService()
            .createProcessDefinitionQuery()
            .processDefinitionKey("withdraw-agreement")
            .latestVersion()
            .singleResult()
            .getId();

        ProcessInstance withdrawal = this.engine.getFormService()
            .submitStartForm(definitionId, Map.of("agreementId", id, "endStatus", "WITHDRAWN", "endReason",
                    "The Ministry withdrew its signature"));
        this.engine.getIdentityService().clearAuthentication();

        bpmn(withdrawal).isEnded();
        assertThat(withdrawal.getBusinessKey()).isEqualTo(id);
        bpmn(instance).isEnded();
        assertThat(this.agreements.get(id).status()).isEqualTo(AgreementStatus.WITHDRAWN);
    }

    @Test
    void withdrawingAnUnknownOrEndedAgreementIsRefused() {
        String definitionId = this.engine.getRepositoryService()
            .createProcessDefinitionQuery()
            .processDefinitionKey("withdraw-agreement")
            .latestVersion()
            .singleResult()
            .getId();

        assertThatThrownBy(() -> this.engine.getFormService()
            .submitStartForm(definitionId,
                    Map.of("agreementId", "AGR-NOPE", "endStatus", "WITHDRAWN", "endReason", "Testing")))
            .isInstanceOf(InvalidFormDataException.class)
            .hasMessageContaining("AGR-NOPE is not a known agreement");
    }

    @Test
    void anInvalidJointStatementIsRefusedWithEveryErrorAndLeavesNothingBehind() {
        String id = JointStatements.uniqueId("AGR-INVALID");
        VariableMap form = JointStatements.bilateral()
            .putValueTyped("parties", SpinValues.jsonValue("""
                    [{"name": "Guatemalan Ministry of Government", "country": "gt", "role": "OBSERVER"},
                     {"name": "Ministry of Atlantis", "country": "at", "role": "INTENDED"}]""").create())
            .putValue("finalTextDue", JointStatements.today().minusDays(30).toString())
            .putValue("instrumentType", "TREATY");
        long instancesBefore = this.engine.getRuntimeService().createProcessInstanceQuery().count();

        assertThatThrownBy(() -> record(id, form)).isInstanceOfSatisfying(InvalidFormDataException.class,
                ex -> assertThat(ex.errors()).anyMatch(error -> error.startsWith("instrumentType must be one of"))
                    .anyMatch(error -> error.contains("'at' is not a registered party"))
                    .anyMatch(error -> error.equals("parties need at least one signatory"))
                    .anyMatch(error -> error.startsWith("finalTextDue")
                            && error.contains("must not be before “dateSigned”")));

        assertThat(this.engine.getRuntimeService().createProcessInstanceQuery().count()).isEqualTo(instancesBefore);
        assertThat(this.agreements.find(id)).isEmpty();
    }

    @Test
    void theTasklistFormsNumberedRowsAreReadAndLeaveNoVariablesBehind() {
        String id = JointStatements.uniqueId("AGR-ROWS");

        ProcessInstance instance = record(null, JointStatements.fromTasklistRows(id));

        assertThat(instance.getBusinessKey()).isEqualTo(id);
        var agreement = this.agreements.get(id);
        assertThat(agreement.parties()).extracting("country").containsExactly("us", "gt");
        assertThat(agreement.commitments()).extracting("text")
            .containsExactly("Improved training for local law enforcement");
        assertThat(this.engine.getRuntimeService().getVariables(instance.getId())).doesNotContainKeys("party1",
                "party3", "commitment1", "commitment2", "title");
    }

    @Test
    void aDeadlineGivenOnlyInWordsIsResolved() {
        String id = JointStatements.uniqueId("AGR-WORDS");
        VariableMap form = JointStatements.bilateral().putValue("finalTextDueStated", "next month");
        form.remove("finalTextDue");
        form.remove("hardDeadline");

        record(id, form);

        LocalDate signed = JointStatements.today().minusDays(10);
        LocalDate expected = signed.plusMonths(1).withDayOfMonth(signed.plusMonths(1).lengthOfMonth());
        assertThat(this.agreements.get(id).finalTextDue().date()).isEqualTo(expected);
        assertThat(this.agreements.get(id).hardDeadline()).isEqualTo(expected.plusDays(60));
    }

    private ProcessInstance record(String id, VariableMap form) {
        this.engine.getIdentityService().setAuthentication("coordinator-us", List.of("coordinators-us"));
        try {
            String definitionId = this.engine.getRepositoryService()
                .createProcessDefinitionQuery()
                .processDefinitionKey(AgreementLifecycle.PROCESS_ID)
                .latestVersion()
                .singleResult()
                .getId();
            return this.engine.getFormService().submitStartForm(definitionId, id, form);
        }
        finally {
            this.engine.getIdentityService().clearAuthentication();
        }
    }

    private List<Task> tasks(ProcessInstance instance, String key) {
        return this.engine.getTaskService()
            .createTaskQuery()
            .processInstanceId(instance.getId())
            .taskDefinitionKey(key)
            .list();
    }

    private Task single(ProcessInstance instance, String key) {
        List<Task> tasks = tasks(instance, key);
        assertThat(tasks).as("open tasks %s", key).hasSize(1);
        return tasks.get(0);
    }

    private List<String> candidateGroups(Task task) {
        return this.engine.getTaskService()
            .getIdentityLinksForTask(task.getId())
            .stream()
            .filter(link -> link.getGroupId() != null)
            .map(link -> link.getGroupId())
            .toList();
    }

    private void reviewAs(ProcessInstance instance, String party, String decision, String comments) {
        Task review = tasks(instance, REVIEW_MEMORANDUM_DRAFT).stream()
            .filter(task -> candidateGroups(task).contains("coordinators-" + party))
            .findFirst()
            .orElseThrow();
        VariableMap values = Variables.createVariables().putValue("reviewDecision", decision);
        if (comments != null) {
            values.putValue("reviewComments", comments);
        }
        complete(review, "coordinator-" + party, values);
    }

    private void complete(Task task, String user, Map<String, Object> values) {
        if (user != null) {
            String group = user.equals("manager") ? "managers" : user.replace("coordinator-", "coordinators-");
            this.engine.getIdentityService().setAuthentication(user, List.of(group));
        }
        try {
            this.engine.getFormService().submitTaskForm(task.getId(), values);
        }
        finally {
            this.engine.getIdentityService().clearAuthentication();
        }
    }

    private static Map<String, Object> draft(String version) {
        return Map.of("draftDocumentRef", "docs://moc/draft-" + version, "draftSummary", "Draft " + version);
    }

    private static Map<String, Object> signature() {
        return Map.of("signedOn", JointStatements.today().toString(), "signedPlace", "Guatemala City", "signatories",
                "Kevin McAleenan (DHS); Enrique Antonio Degenhart (Ministry of Government)", "signedDocumentRef",
                "docs://moc/signed", "seniorMeetingCadence", "R/P3M", "workingMeetingCadence", "R/P1M");
    }

    private Job timer(ProcessInstance instance, String activityId) {
        return this.engine.getManagementService()
            .createJobQuery()
            .processInstanceId(instance.getId())
            .activityId(activityId)
            .timers()
            .singleResult();
    }

    private void execute(Job job) {
        this.engine.getManagementService().executeJob(job.getId());
    }

    private static void moveClockTo(Date date) {
        ClockUtil.setCurrentTime(new Date(date.getTime() + 1000));
    }

    private static Date endOf(LocalDate date) {
        return Date.from(date.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    private static Date plusDays(Date date, int days) {
        return Date.from(date.toInstant().plusSeconds(days * 86_400L));
    }

    private static ProcessInstanceAssert bpmn(ProcessInstance instance) {
        return BpmnAwareTests.assertThat(instance);
    }

}
