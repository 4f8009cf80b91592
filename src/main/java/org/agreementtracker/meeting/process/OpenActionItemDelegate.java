package org.agreementtracker.meeting.process;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Date;

import org.agreementtracker.meeting.ActionItem;
import org.agreementtracker.meeting.MeetingService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * Open action item: who owns it and when it is due, for the task and its overdue timer.
 * <p>
 * Reads {@code actionItemId}. Writes {@code ownerParty}, {@code actionItemDueAt},
 * {@code overdueCycle}, and the escalation inputs {@code itemKind}, {@code itemId},
 * {@code itemText}, {@code dueAt}.
 */
@Component
class OpenActionItemDelegate implements JavaDelegate {

    private final MeetingService meetings;

    private final MeetingSettings settings;

    OpenActionItemDelegate(MeetingService meetings, MeetingSettings settings) {
        this.meetings = meetings;
        this.settings = settings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ActionItem item = this.meetings
            .actionItem(((Number) execution.getVariable(FollowUpMeetings.Variables.ACTION_ITEM_ID)).longValue());
        Instant due = item.dueDate().plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        Instant firstReminder = due.isAfter(Clock.now()) ? due : Clock.now().plusSeconds(60);
        execution.setVariable(FollowUpMeetings.Variables.OWNER_PARTY, item.ownerParty());
        execution.setVariable(FollowUpMeetings.Variables.ACTION_ITEM_DUE_AT, Date.from(due));
        execution.setVariable(FollowUpMeetings.Variables.OVERDUE_CYCLE, "R/"
                + DateTimeFormatter.ISO_INSTANT.format(firstReminder) + "/" + this.settings.overdueReminderInterval());
        execution.setVariable("itemKind", "ACTION_ITEM");
        execution.setVariable("itemId", item.id());
        execution.setVariable("itemText", "Action item \"" + item.description() + "\"");
        execution.setVariable("dueAt", Date.from(due));
    }

}
