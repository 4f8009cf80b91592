package org.agreementtracker.meeting.process;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.agreementtracker.agreement.AgreementService;
import org.agreementtracker.meeting.Meeting;
import org.agreementtracker.meeting.MeetingLevel;
import org.agreementtracker.meeting.MeetingService;
import org.agreementtracker.shared.FormValues;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * Plan next meeting: the cadence's next meeting at this level, or, for a meeting added by
 * hand, that one meeting.
 * <p>
 * Reads {@code agreementId}, {@code meetingLevel}, {@code cadence}; for an ad-hoc meeting
 * (started from Tasklist) {@code meetingDate} instead of a cadence. Writes
 * {@code meetingId}, {@code anotherMeeting}, {@code planMeetingAt} and, for an ad-hoc
 * meeting, the business key and {@code leadParty}.
 */
@Component
class PlanNextMeetingDelegate implements JavaDelegate {

    private final MeetingService meetings;

    private final AgreementService agreements;

    private final MeetingSettings settings;

    PlanNextMeetingDelegate(MeetingService meetings, AgreementService agreements, MeetingSettings settings) {
        this.meetings = meetings;
        this.agreements = agreements;
        this.settings = settings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        FormValues form = FormValues.of(execution);
        String agreementId = form.text(FollowUpMeetings.Variables.AGREEMENT_ID, true, 64);
        MeetingLevel level = form.choice(FollowUpMeetings.Variables.MEETING_LEVEL, MeetingLevel.class, true);
        // The agreement passes a cadence, possibly empty; a meeting added in Tasklist has
        // none.
        boolean regular = execution.hasVariable(FollowUpMeetings.Variables.CADENCE);
        String cadence = form.text(FollowUpMeetings.Variables.CADENCE, false, 500);
        LocalDate adHocDate = regular ? null : form.date("meetingDate", true);
        form.throwIfInvalid();

        Optional<Meeting> next;
        if (regular) {
            next = this.meetings.planNext(agreementId, level, cadence, execution.getProcessInstanceId());
        }
        else if (Boolean.TRUE.equals(execution.getVariable(FollowUpMeetings.Variables.AD_HOC_PLANNED))) {
            next = Optional.empty();
        }
        else {
            Instant when = adHocDate.atTime(14, 0).toInstant(ZoneOffset.UTC);
            next = Optional.of(this.meetings.addAdHoc(agreementId, level, when, execution.getProcessInstanceId()));
            execution.setProcessBusinessKey(agreementId);
            execution.setVariable(FollowUpMeetings.Variables.LEAD_PARTY, this.agreements.get(agreementId).leadParty());
            execution.setVariable(FollowUpMeetings.Variables.AD_HOC_PLANNED, true);
            execution.removeVariables(List.of("meetingDate"));
        }
        execution.setVariable(FollowUpMeetings.Variables.ANOTHER_MEETING, next.isPresent());
        next.ifPresent(meeting -> {
            execution.setVariable(FollowUpMeetings.Variables.MEETING_ID, meeting.id());
            execution.setVariable(FollowUpMeetings.Variables.PLAN_MEETING_AT,
                    Clock.before(meeting.plannedFor(), this.settings.scheduleLead()));
        });
    }

}
