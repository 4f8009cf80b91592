package org.agreementtracker.training;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A deliverable postponed once.
 *
 * @param dueDate the due date it had then
 * @param reason why, as its owner said
 * @param postponedBy who postponed it
 * @param postponedAt when
 */
public record Postponement(LocalDate dueDate, String reason, String postponedBy, OffsetDateTime postponedAt) {

}
