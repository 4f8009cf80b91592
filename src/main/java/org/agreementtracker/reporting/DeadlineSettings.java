package org.agreementtracker.reporting;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How deadlines are judged.
 *
 * @param dueSoon how close a deadline is "due soon" (ISO 8601 period)
 */
@ConfigurationProperties("agreement-tracker.deadlines")
public record DeadlineSettings(@DefaultValue("P7D") Period dueSoon) {

}
