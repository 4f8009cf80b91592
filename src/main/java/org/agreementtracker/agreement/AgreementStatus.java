package org.agreementtracker.agreement;

/** Where an agreement stands; every change is kept in the status history. */
public enum AgreementStatus {

    /** The joint statement is recorded; nobody has drafted the memorandum yet. */
    DRAFTING,
    /** Signatory parties review a draft of the memorandum. */
    UNDER_REVIEW,
    /** At least one party asked for changes; the lead revises the draft. */
    REVISING,
    /** The review rounds are used up; a manager decides whether to continue. */
    AWAITING_DECISION,
    /** Every party approved the text; it waits for signature. */
    AWAITING_SIGNATURE,
    /** The memorandum is signed. */
    SIGNED,
    /** Signed, and its commitments are being implemented. */
    IMPLEMENTING,
    /** Implementation is reviewed and the agreement is closed. */
    CLOSED,
    /** A manager gave up the negotiation. */
    ABANDONED,
    /** A party withdrew. */
    WITHDRAWN,
    /** The agreement was terminated. */
    TERMINATED;

    public boolean isEnded() {
        return this == CLOSED || this == ABANDONED || this == WITHDRAWN || this == TERMINATED;
    }

}
