package org.agreementtracker.reporting;

import java.time.LocalDate;

/**
 * Something past its due date.
 *
 * @param agreementId the agreement
 * @param kind TASK, DELIVERABLE or ACTION_ITEM
 * @param description what
 * @param owner the group or party that owes it
 * @param dueDate when it was due
 * @param daysLate how many whole days ago
 */
public record OverdueItem(String agreementId, String kind, String description, String owner, LocalDate dueDate,
        long daysLate) {

}
