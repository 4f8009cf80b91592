package org.agreementtracker.meeting.process;

import org.agreementtracker.meeting.MeetingService;
import org.agreementtracker.shared.FormValues;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import org.springframework.stereotype.Component;

/**
 * On completing "Complete action item": records what was done.
 * <p>
 * Reads {@code actionItemId} and the form's {@code outcome} (task-local).
 */
@Component
class RecordActionItemDoneListener implements TaskListener {

    private final MeetingService meetings;

    RecordActionItemDoneListener(MeetingService meetings) {
        this.meetings = meetings;
    }

    @Override
    public void notify(DelegateTask task) {
        FormValues form = FormValues.of(task);
        String outcome = form.text("outcome", true, 4000);
        form.throwIfInvalid();
        this.meetings.completeActionItem(
                ((Number) task.getVariable(FollowUpMeetings.Variables.ACTION_ITEM_ID)).longValue(), outcome);
    }

}
