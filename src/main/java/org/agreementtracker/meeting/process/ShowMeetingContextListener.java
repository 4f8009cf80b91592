package org.agreementtracker.meeting.process;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.agreementtracker.agreement.AgendaItem;
import org.agreementtracker.agreement.AgreementService;
import org.agreementtracker.agreement.ProgressPage;
import org.agreementtracker.agreement.TasklistTitle;
import org.agreementtracker.language.Texts;
import org.agreementtracker.meeting.ActionItem;
import org.agreementtracker.meeting.Meeting;
import org.agreementtracker.meeting.MeetingService;
import org.agreementtracker.shared.FormContext;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;

import org.springframework.stereotype.Component;

/**
 * On every meeting and action item task: the agreement, the meeting, its agenda (the
 * overdue items the escalation decision put on it) and what is still open from the last
 * meeting at the same level, which the forms show read-only, computed when a form is
 * opened ({@link FormContext}) in the language of the party the task is for; only the
 * title becomes a variable, once per instance, for Tasklist's lists
 * ({@link TasklistTitle}).
 * <p>
 * Reads {@code agreementId} and {@code meetingId} or {@code actionItemId}. Shows
 * {@code agreementTitle}, {@code progressLink}, {@code meetingSummary},
 * {@code agendaText}, {@code openActionItemsText}, {@code actionItemText}.
 */
@Component
class ShowMeetingContextListener implements TaskListener, FormContext {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final AgreementService agreements;

    private final MeetingService meetings;

    private final Texts texts;

    ShowMeetingContextListener(AgreementService agreements, MeetingService meetings, Texts texts) {
        this.agreements = agreements;
        this.meetings = meetings;
        this.texts = texts;
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
        String language = this.texts.languageOf(task);
        context.put(TasklistTitle.VARIABLE, this.agreements.listedTitle(agreementId));
        context.put(ProgressPage.LINK, ProgressPage.link(this.texts, agreementId, language));
        Object meetingId = task.getVariable(FollowUpMeetings.Variables.MEETING_ID);
        if (meetingId != null) {
            Meeting meeting = this.meetings.get(((Number) meetingId).longValue());
            context.put("meetingSummary", summary(meeting, language));
            context.put("agendaText", agenda(this.meetings.agenda(agreementId, meeting.id()), language));
            context.put("openActionItemsText", openFromLastMeeting(agreementId, meeting, language));
        }
        Object actionItemId = task.getVariable(FollowUpMeetings.Variables.ACTION_ITEM_ID);
        if (actionItemId != null && meetingId == null) {
            ActionItem item = this.meetings.actionItem(((Number) actionItemId).longValue());
            context.put("actionItemText", this.texts.text("context.actionItem", language, item.description(),
                    this.texts.date(item.dueDate(), language)));
        }
        return context;
    }

    private String summary(Meeting meeting, String language) {
        String scheduled = "";
        if (meeting.scheduledFor() != null) {
            String where = Boolean.TRUE.equals(meeting.virtualMeeting())
                    ? this.texts.text("context.meeting.virtual", language)
                    : this.texts.text("context.meeting.venue", language, meeting.venue());
            scheduled = this.texts.text("context.meeting.scheduled", language,
                    this.texts.date(meeting.scheduledFor(), language),
                    TIME.format(meeting.scheduledFor().atOffset(ZoneOffset.UTC)), where);
        }
        String text = this.texts.text("context.meeting", language,
                meeting.adHoc() ? this.texts.text("context.meeting.adHoc", language) : "",
                this.texts.label("level", meeting.level(), language), meeting.sequence(),
                this.texts.date(meeting.plannedFor(), language), scheduled);
        return text.substring(0, 1).toUpperCase() + text.substring(1);
    }

    private String agenda(List<AgendaItem> agenda, String language) {
        if (agenda.isEmpty()) {
            return this.texts.text("context.agenda.none", language);
        }
        List<String> lines = new ArrayList<>();
        lines.add(this.texts.text("context.agenda.heading", language));
        lines.add("");
        for (AgendaItem item : agenda) {
            String lateness = item.daysOverdue() == null ? "" : this.texts.text("context.agenda.lateness", language,
                    this.texts.text("context.agenda.kind." + item.sourceKind(), language), item.daysOverdue());
            lines.add(this.texts.text("context.agenda.item", language, item.text(), lateness));
        }
        return String.join("\n", lines);
    }

    /**
     * The action items of the last earlier meeting at the same level that are not done.
     */
    private String openFromLastMeeting(String agreementId, Meeting meeting, String language) {
        String level = this.texts.label("level", meeting.level(), language);
        Optional<Meeting> last = this.meetings.meetings(agreementId)
            .stream()
            .filter(other -> other.level() == meeting.level() && other.id() != meeting.id()
                    && other.plannedFor().isBefore(meeting.plannedFor()))
            .max(Comparator.comparing(Meeting::plannedFor));
        List<ActionItem> open = last.isEmpty() ? List.of()
                : this.meetings.actionItems(agreementId)
                    .stream()
                    .filter(item -> last.get().id() == (item.meetingId() == null ? -1 : item.meetingId())
                            && !"DONE".equals(item.status()))
                    .toList();
        if (open.isEmpty()) {
            return this.texts.text("context.actionItems.none", language, level);
        }
        LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneOffset.UTC);
        List<String> lines = new ArrayList<>();
        lines.add(this.texts.text("context.actionItems.heading", language, level, this.texts
            .date(last.get().scheduledFor() != null ? last.get().scheduledFor() : last.get().plannedFor(), language)));
        lines.add("");
        for (ActionItem item : open) {
            lines
                .add(this.texts.text("context.actionItem.line", language, this.texts.party(item.ownerParty(), language),
                        item.description(), this.texts.date(item.dueDate(), language),
                        item.dueDate().isBefore(today) ? this.texts.text("context.actionItem.overdue", language) : ""));
        }
        return String.join("\n", lines);
    }

}
