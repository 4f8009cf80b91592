package org.agreementtracker.meeting.process;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/** The engine's clock, which tests move, as the timers of meetings need it. */
final class Clock {

    private Clock() {
    }

    static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    /** {@code when} minus {@code lead}, but not before a minute from now. */
    static Date before(Instant when, Period lead) {
        Instant at = when.atZone(ZoneOffset.UTC).minus(lead).toInstant();
        Instant soonest = now().plusSeconds(60);
        return Date.from(at.isBefore(soonest) ? soonest : at);
    }

    static Date after(Instant when, Period time) {
        return Date.from(when.atZone(ZoneOffset.UTC).plus(time).toInstant());
    }

}
