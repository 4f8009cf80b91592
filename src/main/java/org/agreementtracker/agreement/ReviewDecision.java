package org.agreementtracker.agreement;

/** What a party says of a draft. */
public enum ReviewDecision {

    APPROVED, CHANGES_REQUESTED

}
