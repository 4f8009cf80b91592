package org.agreementtracker.meeting.process;

import java.util.LinkedHashMap;
import java.util.Map;

import org.agreementtracker.agreement.AgreementService;
import org.agreementtracker.agreement.TasklistTitle;
import org.agreementtracker.meeting.ActionItem;
import org.agreementtracker.meeting.Meeting;
import org.agreementtracker.meeting.MeetingService;
import org.agreementtracker.shared.FormContext;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import org.springframework.stereotype.Component;

/**
 * On every meeting and action item task: the agreement, the meeting and its agenda, which
 * the forms show read-only, computed when a form is opened ({@link FormContext}); only
 * the title becomes a variable, once per instance, for Tasklist's lists
 * ({@link TasklistTitle}).
 * <p>
 * Reads {@code agreementId} and {@code meetingId} or {@code actionItemId}. Shows
 * {@code agreementTitle}, {@code meetingSummary}, {@code agendaText},
 * {@code actionItemText}.
 */
@Component
class ShowMeetingContextListener implements TaskListener, FormContext {

    private final AgreementService agreements;

    private final MeetingService meetings;

    ShowMeetingContextListener(AgreementService agreements, MeetingService meetings) {
        this.agreements = agreements;
        this.meetings = meetings;
    }

    @Override
    public void notify(DelegateTask task) {
        TasklistTitle.showFor(task,
                () -> this.agreements.listedTitle((String) task.getVariable(FollowUpMeetings.Variables.AGREEMENT_ID)));
    }

    @Override
    public Map<String, String> formContext(DelegateTask task) {
        Map<String, String> context = new LinkedHashMap<>();
        String agreementId = (String) task.getVariable(FollowUpMeetings.Variables.AGREEMENT_ID);
        context.put(TasklistTitle.VARIABLE, this.agreements.listedTitle(agreementId));
        Object meetingId = task.getVariable(FollowUpMeetings.Variables.MEETING_ID);
        if (meetingId != null) {
            Meeting meeting = this.meetings.get(((Number) meetingId).longValue());
            context.put("meetingSummary",
                    (meeting.adHoc() ? "Ad-hoc " : "") + meeting.level().name().toLowerCase() + "-level meeting "
                            + meeting.sequence() + ", planned for " + meeting.plannedFor().toString().substring(0, 10)
                            + (meeting.scheduledFor() == null ? ""
                                    : ", scheduled for " + meeting.scheduledFor()
                                            + (Boolean.TRUE.equals(meeting.virtualMeeting()) ? " (virtual)"
                                                    : " in " + meeting.venue())));
            var agenda = this.meetings.openAgendaItems(agreementId);
            context.put("agendaText", agenda.isEmpty() ? "No escalated items wait for this meeting."
                    : "Escalated items: " + String.join("; ", agenda));
        }
        Object actionItemId = task.getVariable(FollowUpMeetings.Variables.ACTION_ITEM_ID);
        if (actionItemId != null && meetingId == null) {
            ActionItem item = this.meetings.actionItem(((Number) actionItemId).longValue());
            context.put("actionItemText", item.description() + " (due " + item.dueDate() + ")");
        }
        return context;
    }

}
