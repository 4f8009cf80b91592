package org.agreementtracker.meeting.process;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Date;

import org.agreementtracker.meeting.MeetingService;
import org.agreementtracker.shared.FormValues;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import org.springframework.stereotype.Component;

/**
 * On completing "Schedule meeting": fixes date, time (UTC), place or link, and
 * participants.
 * <p>
 * Reads {@code meetingId} and the form's {@code meetingDate}, {@code meetingTime},
 * {@code venue}, {@code virtualMeeting}, {@code participants} (task-local). Writes
 * {@code meetingAt} and {@code reminderAt}.
 */
@Component
class RecordMeetingScheduleListener implements TaskListener {

    private final MeetingService meetings;

    private final MeetingSettings settings;

    RecordMeetingScheduleListener(MeetingService meetings, MeetingSettings settings) {
        this.meetings = meetings;
        this.settings = settings;
    }

    @Override
    public void notify(DelegateTask task) {
        FormValues form = FormValues.of(task);
        LocalDate date = form.date("meetingDate", true);
        String timeText = form.text("meetingTime", false, 5);
        String venue = form.text("venue", true, 300);
        Boolean virtual = form.bool("virtualMeeting", false);
        String participants = form.text("participants", true, 2000);
        LocalTime time = LocalTime.of(14, 0);
        if (timeText != null) {
            try {
                time = LocalTime.parse(timeText);
            }
            catch (DateTimeParseException ex) {
                form.error("meetingTime", "time");
            }
        }
        form.throwIfInvalid();
        Instant when = date.atTime(time).toInstant(ZoneOffset.UTC);
        this.meetings.schedule((Long) task.getVariable(FollowUpMeetings.Variables.MEETING_ID), when, venue,
                Boolean.TRUE.equals(virtual), participants);
        var instance = task.getExecution().getProcessInstance();
        instance.setVariable(FollowUpMeetings.Variables.MEETING_AT, Date.from(when));
        instance.setVariable(FollowUpMeetings.Variables.REMINDER_AT, Clock.before(when, this.settings.reminderLead()));
    }

}
