package org.agreementtracker.reporting;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.agreementtracker.agreement.AgreementStatus;

/**
 * A portfolio of agreements as a manager runs it: what is late where, and who holds the
 * work.
 *
 * @param agreements one line per agreement, the most late first
 * @param parties per party code: its late items and the steps its coordinators hold
 * @param areas per area of collaboration: the late items of the agreements in it
 */
public record Portfolio(List<AgreementLine> agreements, List<Tally> parties, List<Tally> areas) {

    /**
     * One agreement.
     *
     * @param id its id
     * @param title its title
     * @param status where it stands
     * @param leadParty the lead party's code
     * @param late how many of its deadlines are late
     * @param dueSoon how many are due soon
     * @param mostDaysLate the days of its latest deadline, 0 when none is late
     * @param next its next deadline that is not late, if any
     * @param waitingOn its open steps, longest held first: who it waits for
     */
    public record AgreementLine(String id, String title, AgreementStatus status, String leadParty, int late,
            int dueSoon, long mostDaysLate, Deadline next, List<Step> waitingOn) {

    }

    /**
     * The late items and held steps of one party or area.
     *
     * @param key the party code or area
     * @param late how many late items
     * @param mostDaysLate the days of the latest of them
     * @param stepsHeld how many open steps its coordinators hold (parties only)
     * @param longestHeldDays the days the oldest of them has been open
     */
    public record Tally(String key, int late, long mostDaysLate, int stepsHeld, long longestHeldDays) {

        static final class Builder {

            private final String key;

            private int late;

            private long mostDaysLate;

            private int stepsHeld;

            private long longestHeldDays;

            Builder(String key) {
                this.key = key;
            }

            void late(long daysLate) {
                this.late++;
                this.mostDaysLate = Math.max(this.mostDaysLate, daysLate);
            }

            void holds(Instant since, Instant now) {
                this.stepsHeld++;
                this.longestHeldDays = Math.max(this.longestHeldDays, Duration.between(since, now).toDays());
            }

            Tally build() {
                return new Tally(this.key, this.late, this.mostDaysLate, this.stepsHeld, this.longestHeldDays);
            }

        }

    }

}
