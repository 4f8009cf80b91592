package org.agreementtracker.meeting.process;

/** Names in {@code processes/meeting/} that code refers to. */
public final class FollowUpMeetings {

    public static final String PROCESS_ID = "follow-up-meetings";

    public static final String ACTION_ITEM_PROCESS_ID = "action-item";

    public static final String PLAN_NEXT_MEETING = "ServiceTask_PlanNextMeeting";

    public static final String SCHEDULE_MEETING = "UserTask_ScheduleMeeting";

    public static final String MEETING_REMINDER_DUE = "TimerEvent_MeetingReminderDue";

    public static final String MEETING_DATE_REACHED = "TimerEvent_MeetingDateReached";

    public static final String TIME_TO_SCHEDULE = "TimerEvent_TimeToScheduleMeeting";

    public static final String RECORD_MEETING_OUTCOMES = "UserTask_RecordMeetingOutcomes";

    public static final String TRACK_ACTION_ITEMS = "CallActivity_TrackActionItems";

    public static final String COMPLETE_ACTION_ITEM = "UserTask_CompleteActionItem";

    public static final String ACTION_ITEM_OVERDUE = "BoundaryEvent_ActionItemOverdue";

    /** Outcome rows the form offers. */
    static final int ACTION_ITEM_ROWS = 8;

    private FollowUpMeetings() {
    }

    /** Variables. */
    public static final class Variables {

        public static final String AGREEMENT_ID = "agreementId";

        public static final String LEAD_PARTY = "leadParty";

        public static final String MEETING_LEVEL = "meetingLevel";

        public static final String CADENCE = "cadence";

        public static final String MEETING_ID = "meetingId";

        public static final String ANOTHER_MEETING = "anotherMeeting";

        public static final String AD_HOC_PLANNED = "adHocPlanned";

        public static final String PLAN_MEETING_AT = "planMeetingAt";

        public static final String MEETING_AT = "meetingAt";

        public static final String REMINDER_AT = "reminderAt";

        public static final String ACTION_ITEM_IDS = "actionItemIds";

        public static final String ACTION_ITEM_ID = "actionItemId";

        public static final String OWNER_PARTY = "ownerParty";

        public static final String ACTION_ITEM_DUE_AT = "actionItemDueAt";

        public static final String OVERDUE_CYCLE = "overdueCycle";

        private Variables() {
        }

    }

}
