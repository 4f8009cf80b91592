package org.agreementtracker.reporting;

/** The deadlines an agreement states or its work sets. */
public enum DeadlineKind {

    /** The memorandum's final text, as the joint statement stated it. */
    FINAL_TEXT,

    /** After it a manager decides whether negotiation goes on. */
    HARD_DEADLINE,

    /** The approved memorandum's signature. */
    SIGNATURE,

    /** A deliverable of a commitment (training, advisers, campaign, system). */
    DELIVERABLE,

    /** An action item a meeting decided. */
    ACTION_ITEM,

    /** The next meeting of a level. */
    MEETING,

    /** The next report of indicator values. */
    INDICATOR_REPORT,

    /** The agreement's end, when its final review is due. */
    END_DATE,

    /** Any other step with a due date. */
    TASK

}
