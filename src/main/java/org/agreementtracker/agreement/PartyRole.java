package org.agreementtracker.agreement;

/**
 * What a ministry or agency is to an agreement. Only signatories review and sign the
 * memorandum; the others are recorded as the source documents state them (Mexico "hoped"
 * to join: prospective).
 */
public enum PartyRole {

    SIGNATORY, INTENDED, PROSPECTIVE, ORGANISER, OBSERVER, COUNTERPART

}
