package org.agreementtracker.agreement.process;

import java.time.Period;
import java.time.ZoneOffset;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;

import org.springframework.stereotype.Component;

/**
 * Due dates of the implementation tasks
 * ({@code camunda:dueDate="${implementationDueDates.days(14)}"}): a number of days from
 * now.
 */
@Component
public class ImplementationDueDates {

    public Date days(int days) {
        return Date
            .from(ClockUtil.getCurrentTime().toInstant().atZone(ZoneOffset.UTC).plus(Period.ofDays(days)).toInstant());
    }

}
