package org.agreementtracker.agreement.process;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.agreementtracker.agreement.AgreementStatus;
import org.agreementtracker.agreement.Assessment;
import org.agreementtracker.agreement.ImplementationService;
import org.agreementtracker.agreement.ImplementationStatus;
import org.agreementtracker.meeting.MeetingService;
import org.agreementtracker.reporting.IndicatorService;
import org.agreementtracker.shared.InvalidFormDataException;
import org.agreementtracker.support.ProcessTestSupport;
import org.agreementtracker.training.Deliverable;
import org.agreementtracker.training.DeliverableService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AgreementImplementationProcessTest extends ProcessTestSupport {

    @Autowired
    ImplementationService implementation;

    @Autowired
    DeliverableService deliverables;

    @Autowired
    MeetingService meetings;

    @Autowired
    IndicatorService indicators;

    @Autowired
    JdbcClient jdbc;

    @Test
    void eachCommitmentOfASignedAgreementGetsItsOwnImplementation() {
        String id = signedAgreement("AGR-IMPL", "", "");

        List<Task> plans = tasks(id, "UserTask_PlanDeliverables");
        assertThat(plans).hasSize(2);
        assertThat(plans).allSatisfy(task -> assertThat(candidateGroups(task)).containsExactly("coordinators-us"));
        assertThat(this.engine.getFormService()
            .getTaskFormVariables(plans.get(0).getId())
            .get("commitmentText")
            .toString()).startsWith("Commitment ");
        assertThat(tasks(id, "UserTask_AssessImplementationStatus")).as("assessment follows the plan").isEmpty();

        complete(plans.get(0), "coordinator-us", Map.of());

        assertThat(tasks(id, "UserTask_AssessImplementationStatus")).hasSize(1);
    }

    @Test
    void anAssessmentCountsOnlyAfterASecondPersonReviewedIt() {
        String id = signedAgreement("AGR-FOUREYES", "", "");
        complete(tasks(id, "UserTask_PlanDeliverables").get(0), "coordinator-us", Map.of());
        Task assess = tasks(id, "UserTask_AssessImplementationStatus").get(0);
        long commitmentId = ((Number) this.engine.getTaskService().getVariable(assess.getId(), "commitmentId"))
            .longValue();
        complete(assess, "coordinator-us", Map.of("implementationStatus", "INTERMEDIATE", "evidenceRef",
                "https://www.dhs.gov/readout", "evidenceSource", "DHS readout", "reliability", "OFFICIAL"));
        assertThat(this.implementation.commitmentStatus(commitmentId)).isEqualTo(ImplementationStatus.NOT_STARTED);

        Task review = single(id, "UserTask_ReviewAssessment");
        assertThat(candidateGroups(review)).containsExactly("reviewers");
        // the assessor cannot be the reviewer, even with the reviewers' group
        this.engine.getIdentityService().setAuthentication("coordinator-us", List.of("reviewers", "coordinators-us"));
        assertThatThrownBy(
                () -> this.engine.getFormService().submitTaskForm(review.getId(), Map.of("assessmentApproved", "true")))
            .isInstanceOf(InvalidFormDataException.class)
            .hasMessageContaining("cannot review your own assessment");
        this.engine.getIdentityService().clearAuthentication();

        complete(review, "reviewer", Map.of("assessmentApproved", "true"));

        assertThat(this.implementation.commitmentStatus(commitmentId)).isEqualTo(ImplementationStatus.INTERMEDIATE);
        assertThat(timers(id, "TimerEvent_NextAssessmentDue")).as("re-assessed on a cycle").hasSize(1);
    }

    @Test
    void aRejectedAssessmentIsMadeAgainAndAnAnonymousSourceSupportsOnlyMinimal() {
        String id = signedAgreement("AGR-REJECT", "", "");
        complete(tasks(id, "UserTask_PlanDeliverables").get(0), "coordinator-us", Map.of());
        Task assess = tasks(id, "UserTask_AssessImplementationStatus").get(0);
        long commitmentId = ((Number) this.engine.getTaskService().getVariable(assess.getId(), "commitmentId"))
            .longValue();
        complete(assess, "coordinator-us", Map.of("implementationStatus", "FULL", "evidenceRef", "press article",
                "evidenceSource", "An anonymous official to a newspaper", "reliability", "ANONYMOUS"));

        Assessment claimed = this.implementation.assessments(commitmentId).get(0);
        assertThat(claimed.status()).isEqualTo(ImplementationStatus.MINIMAL);
        assertThat(claimed.note()).contains("anonymous source needs corroboration");
        assertThatThrownBy(() -> complete(single(id, "UserTask_ReviewAssessment"), "reviewer",
                Map.of("assessmentApproved", "false")))
            .hasMessageContaining("reviewNote is required");
        complete(single(id, "UserTask_ReviewAssessment"), "reviewer",
                Map.of("assessmentApproved", "false", "reviewNote", "Find an official source"));

        assertThat(tasks(id, "UserTask_AssessImplementationStatus")).as("assessed again").hasSize(1);
        assertThat(this.implementation.commitmentStatus(commitmentId)).isEqualTo(ImplementationStatus.NOT_STARTED);
    }

    @Test
    void aTrainingDeliverableIsPlannedWaitsForItsStartAndIsConfirmedWithParticipants() {
        String id = signedAgreement("AGR-TRAINING", "", "");
        Task plan = tasks(id, "UserTask_PlanDeliverables").get(0);
        complete(plan, "coordinator-us",
                Map.of("deliverable1",
                        SpinValues.jsonValue("{\"kind\": \"TRAINING\", \"title\": "
                                + "\"Investigating smuggling networks\", \"ownerParty\": \"us\", \"dueDate\": \""
                                + today().plusDays(90) + "\", \"target\": 40}")
                            .create()));

        Task planTraining = single(id, "UserTask_PlanDeliverable");
        assertThat(this.engine.getFormService().getTaskFormData(planTraining.getId()).getCamundaFormRef().getKey())
            .as("the decision picks the training form")
            .isEqualTo("plan-training");
        assertThatThrownBy(
                () -> complete(planTraining, "coordinator-us", Map.of("startsOn", today().plusDays(30).toString())))
            .hasMessageContaining("course is required for this kind of deliverable")
            .hasMessageContaining("traineesTargeted is required");
        LocalDate starts = today().plusDays(30);
        complete(planTraining, "coordinator-us",
                Map.of("course", "Criminal investigations of human smuggling", "audienceUnit",
                        "PNC anti-smuggling unit", "partnerCountry", "gt", "trainerAgency", "HSI", "traineesTargeted",
                        40, "startsOn", starts.toString(), "endsOn", starts.plusDays(5).toString()));

        fire(timer(id, "TimerEvent_StartDateReached"));
        Task confirm = single(id, "UserTask_ConfirmDelivery");
        assertThat(this.engine.getFormService().getTaskFormData(confirm.getId()).getCamundaFormRef().getKey())
            .isEqualTo("confirm-training-delivery");
        complete(confirm, "coordinator-us", Map.of("delivered", "true", "deliveredOn", starts.toString(),
                "participants", 38, "hours", 40, "evaluation", "Good"));

        Deliverable training = this.deliverables.ofAgreement(id).get(0);
        assertThat(training.status()).isEqualTo("DELIVERED");
        assertThat(this.jdbc.sql("select delivery->>'participants' from tracker.deliverable where id = ?")
            .param(training.id())
            .query(String.class)
            .single()).isEqualTo("38");
    }

    @Test
    void aPostponedDeliverableIsPlannedAgainAndAnOverdueOneIsEscalated() {
        String id = signedAgreement("AGR-POSTPONE", "", "");
        complete(tasks(id, "UserTask_PlanDeliverables").get(0), "coordinator-us",
                Map.of("deliverable1", SpinValues
                    .jsonValue("{\"kind\": \"ADVISERS\", \"title\": \"Advisers to the northern border\", "
                            + "\"ownerParty\": \"us\", \"dueDate\": \"" + today().plusDays(20) + "\", \"target\": 80}")
                    .create()));
        complete(single(id, "UserTask_PlanDeliverable"), "coordinator-us", Map.of("advisersTargeted", 80, "deployedTo",
                "Police and migration agencies", "startsOn", today().plusDays(10).toString()));
        fire(timer(id, "TimerEvent_StartDateReached"));
        complete(single(id, "UserTask_ConfirmDelivery"), "coordinator-us",
                Map.of("delivered", "false", "postponeReason", "Visas not issued"));
        assertThat(single(id, "UserTask_PlanDeliverable")).isNotNull();

        // 30 days past due: reminder, manager task and an item for the next senior
        // meeting
        fire(timer(id, "BoundaryEvent_DeliveryOverdue"));
        moveClockTo(today().plusDays(55));
        fire(timer(id, "BoundaryEvent_DeliveryOverdue"));

        assertThat(tasks(id, "UserTask_FollowUpOverdueItem")).hasSize(1);
        assertThat(this.meetings.agenda(id, null)).singleElement().satisfies(item -> {
            assertThat(item.text()).contains("Advisers to the northern border");
            assertThat(item.sourceKind()).isEqualTo("DELIVERABLE");
            assertThat(item.daysOverdue()).isPositive();
        });
    }

    @Test
    void theLeadReportsIndicatorValuesEachQuarterWithQualifierAndSource() {
        String id = signedAgreement("AGR-INDICATORS", "", "");
        fire(timer(id, "TimerEvent_ReportingPeriodEnded"));
        Task report = single(id, "UserTask_ReportIndicatorValues");

        assertThatThrownBy(() -> complete(report, "coordinator-us", Map.of()))
            .hasMessageContaining("nothing to report");
        complete(report, "coordinator-us", Map
            .of("indicator1", SpinValues.jsonValue("{\"indicator\": \"NARCOTICS_SEIZED\", "
                    + "\"value\": 7600, \"unit\": \"kg\", \"qualifier\": \"MORE_THAN\", \"period\": \"cumulative\", "
                    + "\"source\": \"DHS announcement\"}")
                .create()));

        assertThat(this.indicators.values(id)).singleElement().satisfies(value -> {
            assertThat(value.value()).isEqualByComparingTo("7600");
            assertThat(value.qualifier().name()).isEqualTo("MORE_THAN");
        });
        assertThat(timers(id, "TimerEvent_ReportingPeriodEnded")).as("the next quarter").hasSize(1);
    }

    @Test
    void withdrawalEndsEveryProcessOfTheAgreementIncludingAdHocMeetings() {
        String id = signedAgreement("AGR-WITHDRAW-ALL", "R/P3M", "R/P1M");
        actAs("coordinator-us");
        this.engine.getRuntimeService()
            .startProcessInstanceByKey("follow-up-meetings", Map.of("agreementId", id, "meetingLevel", "WORKING",
                    "meetingDate", today().plusDays(5).toString()));
        this.engine.getIdentityService().clearAuthentication();
        assertThat(this.engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(id).count())
            .isGreaterThan(5);

        this.engine.getRuntimeService()
            .createMessageCorrelation("AgreementWithdrawn")
            .processInstanceBusinessKey(id)
            .processInstanceVariableEquals("agreementId", id)
            .setVariable("endReason", "Guatemala withdrew")
            .correlateAll();

        assertThat(this.engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(id).count())
            .isZero();
        assertThat(this.agreements.get(id).status()).isEqualTo(AgreementStatus.WITHDRAWN);
    }

    @Test
    void theEndDateBringsTheFinalReviewWhichClosesTheAgreementAndStopsItsCadences() {
        String id = signedAgreement("AGR-END", "R/P3M", "R/P1M");
        fire(timer(id, "BoundaryEvent_EndDateReached"));

        Task review = single(id, "UserTask_FinalImplementationReview");
        assertThat(candidateGroups(review)).containsExactlyInAnyOrder("managers", "coordinators-us");
        assertThat(tasks(id, "UserTask_PlanDeliverables")).isEmpty();
        complete(review, "manager", Map.of("reviewSummary", "Training delivered; information sharing in place"));

        assertThat(this.engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(id).count())
            .isZero();
        assertThat(this.agreements.get(id).status()).isEqualTo(AgreementStatus.CLOSED);
    }

    @Test
    void ajointStatementRunsToClosureWithTwoMeetingsTwoCommitmentsAndOneTraining() {
        // Signed, with two senior meetings and no working-level meetings.
        LocalDate first = today().plusDays(30);
        LocalDate second = today().plusDays(60);
        String id = signedAgreement("AGR-E2E", first + ", " + second, "");

        // Two meetings
        for (LocalDate date : List.of(first, second)) {
            fire(timer(id, "TimerEvent_TimeToScheduleMeeting"));
            complete(single(id, "UserTask_ScheduleMeeting"), "coordinator-us",
                    Map.of("meetingDate", date.toString(), "venue", "San Salvador", "participants", "Ministers"));
            fire(timer(id, "TimerEvent_MeetingReminderDue"));
            fire(timer(id, "TimerEvent_MeetingDateReached"));
            complete(single(id, "UserTask_RecordMeetingOutcomes"), "coordinator-us",
                    Map.of("minutes", "Progress reviewed", "attendance", "Both ministers"));
        }

        // Commitment 1: one training, delivered; commitment 2: nothing to deliver
        List<Task> plans = tasks(id, "UserTask_PlanDeliverables");
        complete(plans.get(0), "coordinator-us",
                Map.of("deliverable1",
                        SpinValues.jsonValue("{\"kind\": \"TRAINING\", "
                                + "\"title\": \"Training of investigators\", \"ownerParty\": \"gt\", \"dueDate\": \""
                                + today().plusDays(120) + "\"}")
                            .create()));
        complete(plans.get(1), "coordinator-us", Map.of());
        LocalDate start = today().plusDays(70);
        complete(single(id, "UserTask_PlanDeliverable"), "coordinator-gt", Map.of("course", "Investigations",
                "audienceUnit", "PNC", "trainerAgency", "HSI", "traineesTargeted", 25, "startsOn", start.toString()));
        fire(timer(id, "TimerEvent_StartDateReached"));
        complete(single(id, "UserTask_ConfirmDelivery"), "coordinator-gt",
                Map.of("delivered", "true", "deliveredOn", start.toString(), "participants", 24));

        // Both commitments assessed full and reviewed
        for (Task assess : tasks(id, "UserTask_AssessImplementationStatus")) {
            complete(assess, "coordinator-us", Map.of("implementationStatus", "FULL", "evidenceRef", "docs://report",
                    "evidenceSource", "Joint report", "reliability", "OFFICIAL"));
        }
        for (Task review : tasks(id, "UserTask_ReviewAssessment")) {
            complete(review, "reviewer", Map.of("assessmentApproved", "true"));
        }

        // All commitments full: the final review closes it
        complete(single(id, "UserTask_FinalImplementationReview"), "manager", Map.of("reviewSummary", "Done"));
        assertThat(this.agreements.get(id).status()).isEqualTo(AgreementStatus.CLOSED);
        assertThat(this.meetings.meetings(id)).hasSize(2);
        assertThat(this.deliverables.ofAgreement(id)).extracting(Deliverable::status).containsExactly("DELIVERED");
        assertThat(this.engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(id).count())
            .isZero();
    }

}
