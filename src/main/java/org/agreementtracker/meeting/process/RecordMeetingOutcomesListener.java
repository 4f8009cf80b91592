package org.agreementtracker.meeting.process;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.agreementtracker.meeting.MeetingService;
import org.agreementtracker.shared.FormValues;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import org.springframework.stereotype.Component;

/**
 * On completing "Record meeting outcomes": stores minutes, decisions and attendance, and
 * turns each action item row into a tracked action item.
 * <p>
 * Reads {@code meetingId} and the form's {@code minutes}, {@code decisions},
 * {@code attendance}, {@code actionItem1} to {@code actionItem8} (task-local objects of
 * {@code description}, {@code ownerParty}, {@code dueDate}). Writes
 * {@code actionItemIds}.
 */
@Component
class RecordMeetingOutcomesListener implements TaskListener {

    private final MeetingService meetings;

    RecordMeetingOutcomesListener(MeetingService meetings) {
        this.meetings = meetings;
    }

    @Override
    public void notify(DelegateTask task) {
        FormValues form = FormValues.of(task);
        String minutes = form.text("minutes", true, 8000);
        String decisions = form.text("decisions", false, 4000);
        String attendance = form.text("attendance", true, 2000);
        List<MeetingService.NewActionItem> items = new ArrayList<>();
        for (int row = 1; row <= FollowUpMeetings.ACTION_ITEM_ROWS; row++) {
            JsonNode item = form.object("actionItem" + row);
            if (item == null || text(item, "description") == null && text(item, "ownerParty") == null) {
                continue;
            }
            java.time.LocalDate due = null;
            String dueText = text(item, "dueDate");
            if (dueText != null) {
                due = FormValues.of(java.util.Map.of("dueDate", dueText)).date("dueDate", false);
            }
            items.add(new MeetingService.NewActionItem(text(item, "description"), text(item, "ownerParty"), due));
        }
        form.throwIfInvalid();
        List<Long> ids = this.meetings.recordOutcomes((Long) task.getVariable(FollowUpMeetings.Variables.MEETING_ID),
                minutes, decisions, attendance, items);
        task.getExecution()
            .getProcessInstance()
            .setVariable(FollowUpMeetings.Variables.ACTION_ITEM_IDS, new ArrayList<>(ids));
        // The rows are objects, which Tasklist cannot submit into a task-local
        // variable of no type; they arrive as process variables and are removed once
        // stored.
        removeRows(task);
    }

    private static String text(JsonNode item, String field) {
        JsonNode value = item.get(field);
        return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText().trim();
    }

    private static void removeRows(DelegateTask task) {
        java.util.List<String> names = new java.util.ArrayList<>();
        for (int row = 1; row <= FollowUpMeetings.ACTION_ITEM_ROWS; row++) {
            names.add("actionItem" + row);
        }
        task.getExecution().getProcessInstance().removeVariables(names);
    }

}
