package org.agreementtracker.reporting;

import java.time.LocalDate;
import java.util.List;

/**
 * One date an agreement must meet, judged against the engine's clock.
 *
 * @param agreementId the agreement
 * @param kind what kind of deadline
 * @param subject what it concerns, as entered (a deliverable's title, an action item), or
 * null where the kind says it all
 * @param stated the words the agreement used ("next month"), if any
 * @param due the day
 * @param lateness late, due soon or on time
 * @param daysLate whole days past the due day, 0 when not late
 * @param owner the party code (or group) that owes it
 * @param steps the open tasks that would meet it
 */
public record Deadline(String agreementId, DeadlineKind kind, String subject, String stated, LocalDate due,
        Lateness lateness, long daysLate, String owner, List<Step> steps) {

    public boolean isLate() {
        return this.lateness == Lateness.LATE;
    }

}
