package org.agreementtracker.reporting;

/** Where a deadline stands against the engine's clock. */
public enum Lateness {

    /** Its day has passed and what it asks for is not done. */
    LATE,

    /** Due within the due-soon window ({@link DeadlineSettings#dueSoon()}). */
    DUE_SOON,

    /** Further away. */
    ON_TIME;

    static Lateness of(java.time.LocalDate due, java.time.LocalDate today, java.time.Period dueSoon) {
        if (due.isBefore(today)) {
            return LATE;
        }
        return due.isAfter(today.plus(dueSoon)) ? ON_TIME : DUE_SOON;
    }

}
