package org.agreementtracker.meeting;

/** Governments meet at two levels: ministers and senior officials, and working groups. */
public enum MeetingLevel {

    SENIOR, WORKING

}
