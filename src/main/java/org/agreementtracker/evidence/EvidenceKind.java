package org.agreementtracker.evidence;

/** What an evidence file supports. */
public enum EvidenceKind {

    /** An assessment of a commitment's implementation status. */
    ASSESSMENT,

    /** A deliverable's delivery (a training's attendance sheet, a deployment order). */
    DELIVERY,

    /** A meeting's outcomes (minutes, attendance list). */
    MEETING

}
