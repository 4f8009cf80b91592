package org.agreementtracker.agreement;

import java.time.LocalDate;

/**
 * A deadline as governments state it ("next month") and the date it resolves to.
 *
 * @param stated the words of the source, or null when only a date was given
 * @param date the resolved date
 */
public record Deadline(String stated, LocalDate date) {

}
