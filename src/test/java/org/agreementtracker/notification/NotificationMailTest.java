package org.agreementtracker.notification;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.agreementtracker.agreement.process.JointStatements;
import org.agreementtracker.support.ProcessTestSupport;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** Mails reach a real SMTP server (GreenMail, started by the test). */
@TestPropertySource(properties = { "spring.mail.host=127.0.0.1", "spring.mail.port=3025" })
class NotificationMailTest extends ProcessTestSupport {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP)
        .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @org.springframework.beans.factory.annotation.Autowired
    NotificationService notifications;

    @BeforeEach
    void everyTaskSoFarIsAlreadyNotified() {
        this.notifications.sendTaskReminders();
        this.notifications.sendWeeklyDigest();
        smtp.reset();
    }

    @Test
    void theGroupIsRemindedOnceBeforeDueAndOnceWhenOverdue() throws Exception {
        String id = JointStatements.uniqueId("AGR-MAIL");
        recordAgreement(id, JointStatements.bilateral());
        var draft = single(id, "UserTask_DraftMemorandumText");

        assertThat(this.notifications.sendTaskReminders()).as("not due within two days yet").isZero();
        moveClockTo(LocalDate.ofInstant(draft.getDueDate().toInstant(), java.time.ZoneOffset.UTC).minusDays(1));
        this.notifications.sendTaskReminders();
        this.notifications.sendTaskReminders();
        moveClockTo(LocalDate.ofInstant(draft.getDueDate().toInstant(), java.time.ZoneOffset.UTC).plusDays(1));
        this.notifications.sendTaskReminders();

        MimeMessage[] mails = mailsAbout(id);
        assertThat(mails).hasSize(2);
        assertThat(mails[0].getSubject()).isEqualTo("[Agreement Tracker] Due soon: Draft memorandum text (" + id + ")");
        assertThat(mails[0].getAllRecipients()).extracting(Object::toString)
            .containsExactly("coordinator-us@agreement-tracker.example");
        assertThat(GreenMailUtil.getBody(mails[0])).contains("/camunda/app/tasklist/default/#/?task=" + draft.getId());
        assertThat(mails[1].getSubject()).startsWith("[Agreement Tracker] Overdue: Draft memorandum text");
    }

    @Test
    void aSpanishSpeakingPartysCoordinatorsAreRemindedInSpanishWithSpanishDates() throws Exception {
        String id = JointStatements.uniqueId("AGR-MAIL-ES");
        recordAgreement(id, JointStatements.bilateral().putValue("leadParty", "gt"));
        var draft = single(id, "UserTask_DraftMemorandumText");
        LocalDate due = LocalDate.ofInstant(draft.getDueDate().toInstant(), java.time.ZoneOffset.UTC);

        moveClockTo(due.minusDays(1));
        this.notifications.sendTaskReminders();

        MimeMessage[] mails = mailsAbout(id);
        assertThat(mails).hasSize(1);
        assertThat(mails[0].getSubject())
            .isEqualTo("[Agreement Tracker] Vence pronto: Redactar el texto del memorando (" + id + ")");
        assertThat(mails[0].getAllRecipients()).extracting(Object::toString)
            .containsExactly("coordinator-gt@agreement-tracker.example");
        assertThat((String) mails[0].getContent()).contains("La tarea \"Redactar el texto del memorando\"",
                "vence el " + java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").format(due),
                "Ábrala en Tasklist");
    }

    @Test
    void managersHearOfAnEscalationAndGetAWeeklyDigestOfWhatIsLate() throws Exception {
        String id = JointStatements.uniqueId("AGR-MAIL-ESC");
        recordAgreement(id, JointStatements.bilateral());
        Job reminder = timer(id, "StartEvent_FinalTextOverdue");
        fire(reminder);

        this.notifications.sendTaskReminders();
        this.notifications.sendWeeklyDigest();

        MimeMessage escalation = Arrays.stream(mailsAbout(id))
            .filter(mail -> subject(mail).contains("Escalation: Escalate overdue memorandum"))
            .findFirst()
            .orElseThrow();
        assertThat(escalation.getAllRecipients()).extracting(Object::toString)
            .contains("manager@agreement-tracker.example");
        MimeMessage digest = Arrays.stream(smtp.getReceivedMessages())
            .filter(mail -> subject(mail).startsWith("[Agreement Tracker] Weekly digest"))
            .findFirst()
            .orElseThrow();
        assertThat(GreenMailUtil.getBody(digest)).contains("Draft memorandum text", id, "days late");
        ClockUtil.reset();
    }

    @Test
    void whenTheMailServerIsDownTheJobRetriesOnABackOffThenBecomesAnIncidentThatARetryResolves() throws Exception {
        smtp.stop();
        String id = JointStatements.uniqueId("AGR-MAIL-DOWN");
        recordAgreement(id, JointStatements.bilateral());
        moveClockTo(LocalDate.now().plusDays(6));
        this.engine.getRuntimeService().startProcessInstanceByKey("send-notifications");
        ManagementService management = this.engine.getManagementService();
        String send = management.createJobQuery().activityId("ServiceTask_SendTaskReminders").singleResult().getId();

        failOnce(send);
        Job failed = management.createJobQuery().jobId(send).singleResult();
        assertThat(failed.getRetries()).isEqualTo(4);
        assertThat(failed.getExceptionMessage()).contains("could not be sent");
        assertThat(failed.getDuedate()).as("tried again after the back-off, not at once")
            .isAfter(Date.from(ClockUtil.getCurrentTime().toInstant().plusSeconds(4 * 60)));
        assertThat(countSent(id)).as("nothing recorded as sent").isZero();
        for (int retry = 0; retry < 4; retry++) {
            failOnce(send);
        }
        Incident incident = this.engine.getRuntimeService().createIncidentQuery().configuration(send).singleResult();
        assertThat(incident.getIncidentType()).isEqualTo("failedJob");
        assertThat(incident.getIncidentMessage()).contains("could not be sent");

        smtp.start();
        management.setJobRetries(send, 1);
        management.executeJob(send);

        assertThat(this.engine.getRuntimeService().createIncidentQuery().configuration(send).count()).isZero();
        assertThat(this.engine.getHistoryService()
            .createHistoricIncidentQuery()
            .incidentId(incident.getId())
            .singleResult()
            .isResolved()).isTrue();
        assertThat(countSent(id)).isOne();
        assertThat(mailsAbout(id)).hasSize(1);
    }

    private void failOnce(String job) {
        try {
            this.engine.getManagementService().executeJob(job);
        }
        catch (RuntimeException expected) {
            // recorded on the job the same way the job executor records it
        }
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private long countSent(String id) {
        List<String> taskIds = tasks(id, "UserTask_DraftMemorandumText").stream().map(task -> task.getId()).toList();
        return this.jdbc.sql("select count(*) from tracker.notification_sent where subject_id = ?")
            .param(taskIds.get(0))
            .query(Long.class)
            .single();
    }

    private static MimeMessage[] mailsAbout(String id) {
        return Arrays.stream(smtp.getReceivedMessages())
            .filter(mail -> subject(mail).contains(id))
            .toArray(MimeMessage[]::new);
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        }
        catch (jakarta.mail.MessagingException ex) {
            throw new IllegalStateException(ex);
        }
    }

}
