package org.agreementtracker.meeting.process;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Lead times around a follow-up meeting.
 *
 * @param scheduleLead how long before the planned date the lead party schedules it
 * @param reminderLead how long before the meeting its participants are reminded
 * @param outcomesTime time to record the outcomes after the meeting
 * @param overdueReminderInterval how often an overdue action item is raised again
 */
@ConfigurationProperties("agreement-tracker.meetings")
record MeetingSettings(@DefaultValue("P14D") Period scheduleLead, @DefaultValue("P2D") Period reminderLead,
        @DefaultValue("P3D") Period outcomesTime, @DefaultValue("P7D") Period overdueReminderInterval) {

}
