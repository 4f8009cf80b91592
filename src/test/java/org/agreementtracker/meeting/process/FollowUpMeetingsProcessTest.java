package org.agreementtracker.meeting.process;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.agreementtracker.meeting.ActionItem;
import org.agreementtracker.meeting.Meeting;
import org.agreementtracker.meeting.MeetingLevel;
import org.agreementtracker.meeting.MeetingService;
import org.agreementtracker.shared.InvalidFormDataException;
import org.agreementtracker.support.ProcessTestSupport;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FollowUpMeetingsProcessTest extends ProcessTestSupport {

    @Autowired
    MeetingService meetings;

    @Test
    void aSeniorCadenceSchedulesRemindsAndRecordsOneMeetingAtATimeWithItsActionItems() {
        // given a memorandum signed today with senior meetings every three months
        String id = signedAgreement("AGR-MEET", "R/P3M", "");
        LocalDate firstMeeting = today().plusMonths(3);
        Job timeToSchedule = timer(id, FollowUpMeetings.TIME_TO_SCHEDULE);
        assertThat(timeToSchedule.getDuedate())
            .isEqualTo(java.util.Date.from(firstMeeting.atTime(14, 0).minusDays(14).toInstant(ZoneOffset.UTC)));

        // when the time to schedule comes, the lead schedules it
        fire(timeToSchedule);
        Task schedule = single(id, FollowUpMeetings.SCHEDULE_MEETING);
        assertThat(candidateGroups(schedule)).containsExactly("coordinators-us");
        assertThat(this.engine.getFormService().getTaskFormVariables(schedule.getId()).get("meetingSummary").toString())
            .startsWith("Senior-level meeting 1, planned for "
                    + org.agreementtracker.language.Languages.date(firstMeeting, "en"));
        complete(schedule, "coordinator-us",
                Map.of("meetingDate", firstMeeting.toString(), "meetingTime", "15:30", "venue",
                        "Guatemala City, Ministry of Government", "virtualMeeting", false, "participants",
                        "US: DHS; GT: Ministry of Government"));

        // then a reminder two days before, and the outcomes after the meeting
        Job reminder = timer(id, FollowUpMeetings.MEETING_REMINDER_DUE);
        assertThat(reminder.getDuedate().toInstant())
            .isEqualTo(firstMeeting.atTime(15, 30).minusDays(2).toInstant(ZoneOffset.UTC));
        fire(reminder);
        fire(timer(id, FollowUpMeetings.MEETING_DATE_REACHED));
        Task outcomes = single(id, FollowUpMeetings.RECORD_MEETING_OUTCOMES);
        complete(outcomes, "coordinator-us", Map.of("minutes", "Reviewed border cooperation", "attendance",
                "Both delegations", "actionItem1",
                SpinValues.jsonValue(
                        "{\"description\": \"Share the smuggling network analysis\", \"ownerParty\": \"gt\", \"dueDate\": \""
                                + firstMeeting.plusDays(30) + "\"}")
                    .create(),
                "actionItem2",
                SpinValues
                    .jsonValue("{\"description\": \"Propose training dates\", \"ownerParty\": \"us\", \"dueDate\": \""
                            + firstMeeting.plusDays(20) + "\"}")
                    .create(),
                "actionItem3",
                SpinValues.jsonValue("{\"description\": \"\", \"ownerParty\": null, \"dueDate\": null}").create()));

        List<Task> actionItems = tasks(id, FollowUpMeetings.COMPLETE_ACTION_ITEM);
        assertThat(actionItems).hasSize(2);
        assertThat(actionItems).map(this::candidateGroups)
            .containsExactlyInAnyOrder(List.of("coordinators-gt"), List.of("coordinators-us"));
        assertThat(actionItems).map(Task::getDueDate).allMatch(due -> due.after(new java.util.Date()));
        assertThat(this.meetings.meetings(id)).extracting(Meeting::status).contains("HELD", "PLANNED");
        assertThat(timer(id, FollowUpMeetings.TIME_TO_SCHEDULE).getDuedate())
            .as("the next meeting, three months after the first")
            .isEqualTo(java.util.Date
                .from(firstMeeting.plusMonths(3).atTime(14, 0).minusDays(14).toInstant(ZoneOffset.UTC)));

        // and an action item done is closed
        Task gt = actionItems.stream()
            .filter(task -> candidateGroups(task).contains("coordinators-gt"))
            .findFirst()
            .orElseThrow();
        complete(gt, "coordinator-gt", Map.of("outcome", "Analysis shared through the liaison office"));
        assertThat(this.meetings.actionItems(id)).extracting(ActionItem::status)
            .containsExactlyInAnyOrder("OPEN", "DONE");
    }

    @Test
    void anOverdueWorkingLevelActionItemRemindsItsOwnerThenReachesManagersAfterTwoWeeks() {
        LocalDate meetingDate = today().plusDays(20);
        String id = signedAgreement("AGR-OVERDUE-ITEM", "", meetingDate.toString());
        fire(timer(id, FollowUpMeetings.TIME_TO_SCHEDULE));
        complete(single(id, FollowUpMeetings.SCHEDULE_MEETING), "coordinator-us",
                Map.of("meetingDate", meetingDate.toString(), "venue", "Online", "participants", "Working group"));
        fire(timer(id, FollowUpMeetings.MEETING_REMINDER_DUE));
        fire(timer(id, FollowUpMeetings.MEETING_DATE_REACHED));
        LocalDate due = meetingDate.plusDays(10);
        complete(single(id, FollowUpMeetings.RECORD_MEETING_OUTCOMES), "coordinator-us", Map.of("minutes", "M",
                "attendance", "A", "actionItem1",
                SpinValues
                    .jsonValue("{\"description\": \"Send the data-sharing draft\", "
                            + "\"ownerParty\": \"gt\", \"dueDate\": \"" + due + "\"}")
                    .create()));

        fire(timer(id, FollowUpMeetings.ACTION_ITEM_OVERDUE));
        assertThat(tasks(id, "UserTask_FollowUpOverdueItem")).as("a week late: a reminder only").isEmpty();
        fire(timer(id, FollowUpMeetings.ACTION_ITEM_OVERDUE));
        fire(timer(id, FollowUpMeetings.ACTION_ITEM_OVERDUE));

        Task followUp = single(id, "UserTask_FollowUpOverdueItem");
        assertThat(candidateGroups(followUp)).containsExactly("managers");
        assertThat(tasks(id, FollowUpMeetings.COMPLETE_ACTION_ITEM)).as("the owner still has it").hasSize(1);
        complete(followUp, "manager", Map.of("followUpAction", "Called the Ministry's liaison"));
        assertThat(this.agreements.statusHistory(id)).extracting(change -> change.note())
            .anyMatch(note -> note.contains("Send the data-sharing draft") && note.contains("manager task"));
    }

    @Test
    void aListOfDatesHoldsExactlyThoseMeetingsAndThenStops() {
        LocalDate first = today().plusDays(40);
        LocalDate second = today().plusDays(80);
        String id = signedAgreement("AGR-DATES", "", first + ", " + second);

        for (LocalDate date : List.of(first, second)) {
            fire(timer(id, FollowUpMeetings.TIME_TO_SCHEDULE));
            complete(single(id, FollowUpMeetings.SCHEDULE_MEETING), "coordinator-us",
                    Map.of("meetingDate", date.toString(), "venue", "https://meet.example.gov/working",
                            "virtualMeeting", true, "participants", "Working group"));
            fire(timer(id, FollowUpMeetings.MEETING_REMINDER_DUE));
            fire(timer(id, FollowUpMeetings.MEETING_DATE_REACHED));
            complete(single(id, FollowUpMeetings.RECORD_MEETING_OUTCOMES), "coordinator-us",
                    Map.of("minutes", "Minutes", "attendance", "All"));
        }

        assertThat(timers(id, FollowUpMeetings.TIME_TO_SCHEDULE)).isEmpty();
        assertThat(this.meetings.meetings(id)).extracting(Meeting::level, Meeting::status)
            .containsExactly(org.assertj.core.groups.Tuple.tuple(MeetingLevel.WORKING, "HELD"),
                    org.assertj.core.groups.Tuple.tuple(MeetingLevel.WORKING, "HELD"));
    }

    @Test
    void outcomesWithAnActionItemDueInThePastAreRefused() {
        String id = signedAgreement("AGR-BADITEM", "R/P3M", "");
        fire(timer(id, FollowUpMeetings.TIME_TO_SCHEDULE));
        complete(single(id, FollowUpMeetings.SCHEDULE_MEETING), "coordinator-us", Map.of("meetingDate",
                today().plusMonths(3).toString(), "venue", "San Salvador", "participants", "Ministers"));
        fire(timer(id, FollowUpMeetings.MEETING_REMINDER_DUE));
        fire(timer(id, FollowUpMeetings.MEETING_DATE_REACHED));
        Task outcomes = single(id, FollowUpMeetings.RECORD_MEETING_OUTCOMES);

        assertThatThrownBy(() -> complete(outcomes, "coordinator-us", Map.of("minutes", "M", "attendance", "A",
                "actionItem1",
                SpinValues.jsonValue("{\"description\": \"Late\", \"ownerParty\": \"xx\", \"dueDate\": \"2020-01-01\"}")
                    .create())))
            .isInstanceOf(InvalidFormDataException.class)
            .hasMessageContaining("actionItem1.ownerParty must be one of")
            .hasMessageContaining("actionItem1.dueDate must not be in the past");
        assertThat(tasks(id, FollowUpMeetings.RECORD_MEETING_OUTCOMES)).hasSize(1);
        assertThat(tasks(id, FollowUpMeetings.COMPLETE_ACTION_ITEM)).isEmpty();
    }

    @Test
    void aCoordinatorAddsAnAdHocMeetingFromTasklist() {
        String id = signedAgreement("AGR-ADHOC", "", "");
        LocalDate date = today().plusDays(10);
        actAs("coordinator-us");
        String definition = this.engine.getRepositoryService()
            .createProcessDefinitionQuery()
            .processDefinitionKey(FollowUpMeetings.PROCESS_ID)
            .latestVersion()
            .singleResult()
            .getId();
        ProcessInstance adHoc = this.engine.getFormService()
            .submitStartForm(definition,
                    Map.of("agreementId", id, "meetingLevel", "SENIOR", "meetingDate", date.toString()));
        this.engine.getIdentityService().clearAuthentication();

        assertThat(adHoc.getBusinessKey()).isEqualTo(id);
        assertThat(this.meetings.meetings(id)).singleElement().satisfies(meeting -> {
            assertThat(meeting.adHoc()).isTrue();
            assertThat(meeting.plannedFor()).isEqualTo(date.atTime(14, 0).toInstant(ZoneOffset.UTC));
        });
        assertThat(timer(id, FollowUpMeetings.TIME_TO_SCHEDULE).getDuedate().toInstant())
            .as("scheduled at once, the meeting is near")
            .isBefore(Instant.now().plusSeconds(3600));
    }

}
