package org.agreementtracker.agreement;

/**
 * How far a source can be trusted: an official readout, a secondary report of one, or an
 * anonymous official quoted in the press.
 */
public enum Reliability {

    OFFICIAL, SECONDARY, ANONYMOUS

}
