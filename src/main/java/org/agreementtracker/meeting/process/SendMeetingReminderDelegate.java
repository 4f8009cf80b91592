package org.agreementtracker.meeting.process;

import org.agreementtracker.meeting.MeetingService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * Send meeting reminder: tells the participants' coordinators that the meeting is near.
 * <p>
 * Reads {@code meetingId}.
 */
@Component
class SendMeetingReminderDelegate implements JavaDelegate {

    private final MeetingService meetings;

    SendMeetingReminderDelegate(MeetingService meetings) {
        this.meetings = meetings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        this.meetings.noteReminder((Long) execution.getVariable(FollowUpMeetings.Variables.MEETING_ID));
    }

}
