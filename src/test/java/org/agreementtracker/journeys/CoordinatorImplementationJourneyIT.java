package org.agreementtracker.journeys;

import java.time.LocalDate;
import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.agreementtracker.agreement.process.JointStatements;
import org.agreementtracker.meeting.ActionItem;
import org.agreementtracker.meeting.MeetingService;
import org.agreementtracker.training.Deliverable;
import org.agreementtracker.training.DeliverableService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * After signature: the lead coordinator schedules a follow-up meeting, records its
 * outcomes with two action items that become tasks for their owners, and plans and
 * confirms a training.
 */
class CoordinatorImplementationJourneyIT extends JourneySupport {

    @Autowired
    MeetingService meetings;

    @Autowired
    DeliverableService deliverables;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theLeadSchedulesAndRecordsAMeetingAndDeliversATraining() {
        String id = JointStatements.uniqueId("AGR-IMPL-JOURNEY");
        LocalDate signed = LocalDate.now().minusDays(3);
        LocalDate meetingDate = LocalDate.now().plusDays(10);
        importAgreement(
                """
                        id: %s
                        title: MOC on law enforcement training
                        instrumentType: BILATERAL_MOC
                        dateSigned: %s
                        leadParty: us
                        parties:
                          - {name: U.S. Department of Homeland Security, country: us, role: SIGNATORY}
                          - {name: Guatemalan Ministry of Government, country: gt, role: SIGNATORY}
                        commitments:
                          - text: improved training for local law enforcement
                            areas: [HUMAN_TRAFFICKING_AND_SMUGGLING]
                            deliverables: [{kind: TRAINING, title: Investigations course, ownerParty: us, dueDate: %s, target: 40}]
                        finalTextDue: {date: %s}
                        signature: {signedOn: %s, place: Guatemala City, signatories: Both ministers, documentRef: doc}
                        meetings: {working: "%s"}
                        """
                    .formatted(id, signed, LocalDate.now().plusDays(60), signed, signed, meetingDate));
        fire(id, "TimerEvent_TimeToScheduleMeeting");

        try (Browser.Session lead = browser().open("journey2-lead", "en-US")) {
            Tasklist tasklist = new Tasklist(lead.page()).logIn("coordinator-us", "coordinator-us").expectLoggedIn();

            // Schedule the meeting
            Locator schedule = tasklist.openTask(task(id, "UserTask_ScheduleMeeting").getId());
            assertThat(schedule).containsText("Working-level meeting 1");
            tasklist.claim(schedule);
            tasklist.date(schedule, "Field_meetingDate", meetingDate);
            tasklist.text(schedule, "Field_meetingTime", "15:00");
            tasklist.text(schedule, "Field_venue", "Ministry of Government, Guatemala City");
            tasklist.text(schedule, "Field_participants", "US: DHS attaché; GT: Vice-minister of security");
            lead.screenshot("10-schedule-meeting");
            tasklist.complete(schedule);

            // The meeting takes place; record its outcomes with two action items
            fire(id, "TimerEvent_MeetingReminderDue");
            fire(id, "TimerEvent_MeetingDateReached");
            Locator outcomes = tasklist.openTask(task(id, "UserTask_RecordMeetingOutcomes").getId());
            tasklist.claim(outcomes);
            tasklist.text(outcomes, "Field_minutes", "Reviewed the training plan and information sharing.");
            tasklist.text(outcomes, "Field_attendance", "Both delegations");
            tasklist.text(outcomes, "Field_actionItem1Description", "Send the list of trainees");
            tasklist.select(outcomes, "Field_actionItem1OwnerParty", "Guatemala");
            tasklist.date(outcomes, "Field_actionItem1DueDate", meetingDate.plusDays(14));
            tasklist.text(outcomes, "Field_actionItem2Description", "Book the training venue");
            tasklist.select(outcomes, "Field_actionItem2OwnerParty", "United States");
            tasklist.date(outcomes, "Field_actionItem2DueDate", meetingDate.plusDays(21));
            lead.screenshot("11-record-meeting-outcomes");
            tasklist.complete(outcomes);

            // The lead's own action item is in the lead's list
            tasklist.openFilter("My open tasks", id);
            assertThat(tasklist.taskList()
                .filter(new Locator.FilterOptions().setHasText("Complete action item"))
                .filter(new Locator.FilterOptions().setHasText(id))).hasCount(1);
            lead.screenshot("12-action-item-in-list");

            // Plan and confirm the training
            Locator plan = tasklist.openTask(task(id, "UserTask_PlanDeliverable").getId());
            assertThat(plan).containsText("Investigations course");
            tasklist.claim(plan);
            tasklist.text(plan, "Field_course", "Criminal investigations of smuggling networks");
            tasklist.text(plan, "Field_audienceUnit", "PNC anti-smuggling unit");
            tasklist.select(plan, "Field_partnerCountry", "Guatemala");
            tasklist.text(plan, "Field_trainerAgency", "HSI");
            tasklist.text(plan, "Field_traineesTargeted", "40");
            tasklist.date(plan, "Field_startsOn", meetingDate.plusDays(20));
            tasklist.date(plan, "Field_endsOn", meetingDate.plusDays(24));
            lead.screenshot("13-plan-training");
            tasklist.complete(plan);

            fire(id, "TimerEvent_StartDateReached");
            Locator confirm = tasklist.openTask(task(id, "UserTask_ConfirmDelivery").getId());
            tasklist.claim(confirm);
            tasklist.radio(confirm, "Delivered");
            tasklist.date(confirm, "Field_deliveredOn", meetingDate.plusDays(20));
            tasklist.text(confirm, "Field_participants", "38");
            tasklist.text(confirm, "Field_hours", "32");
            tasklist.text(confirm, "Field_evaluation", "Very good");
            // The sign-in sheet goes with the confirmation, from under its form
            Locator evidence = lead.page().locator(".at-task-evidence");
            assertThat(evidence).containsText("Evidence files");
            evidence.locator("input[type=file]")
                .setInputFiles(new com.microsoft.playwright.options.FilePayload("sign-in-sheet.pdf", "application/pdf",
                        "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                            .getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
            evidence.locator("button[type=submit]").click();
            assertThat(evidence.locator(".at-attach-status")).containsText("Attached: sign-in-sheet.pdf");
            assertThat(evidence.locator(".at-evidence-files")).containsText("sign-in-sheet.pdf");
            lead.screenshot("14-confirm-training-delivery");
            tasklist.complete(confirm);

            // The attendance sheet goes with the delivery, from the agreement's page
            Page page = lead.page();
            page.navigate("/agreement-tracker/progress.html?agreement=" + id + "&lang=en");
            Locator attach = page.locator("form.attach");
            attach.locator("select")
                .selectOption(new com.microsoft.playwright.options.SelectOption()
                    .setLabel("delivery of deliverable: Investigations course"));
            attach.locator("input[type=file]")
                .setInputFiles(new com.microsoft.playwright.options.FilePayload("attendance.pdf", "application/pdf",
                        "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                            .getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
            attach.locator("button").click();
            assertThat(page.locator("table.evidence-files")).containsText("attendance.pdf");
            // and the one attached in Tasklist
            assertThat(page.locator("table.evidence-files")).containsText("sign-in-sheet.pdf");
            assertThat(page.locator("table.evidence-files"))
                .containsText("delivery of deliverable: Investigations course");
            lead.screenshot("15-evidence-attached");
        }

        // The partner's action item reached the partner, named in Guatemala's language
        // like its form
        try (Browser.Session partner = browser().open("journey2-partner", "en-US")) {
            Tasklist tasklist = new Tasklist(partner.page()).logInQuickly("coordinator-gt");
            tasklist.openFilter("Mis tareas abiertas", id);
            assertThat(tasklist.taskList().filter(new Locator.FilterOptions().setHasText(id)))
                .containsText("Completar la acción pendiente");
        }

        List<ActionItem> items = this.meetings.actionItems(id);
        assertThat(items).extracting(ActionItem::ownerParty).containsExactlyInAnyOrder("gt", "us");
        List<Task> actionTasks = this.engine.getTaskService()
            .createTaskQuery()
            .processInstanceBusinessKey(id)
            .taskDefinitionKey("UserTask_CompleteActionItem")
            .list();
        assertThat(actionTasks).hasSize(2);
        Deliverable training = this.deliverables.ofAgreement(id).get(0);
        assertThat(training.status()).isEqualTo("DELIVERED");
        assertThat(this.jdbc.sql("select delivery->>'participants' from tracker.deliverable where id = ?")
            .param(training.id())
            .query(String.class)
            .single()).isEqualTo("38");
    }

}
