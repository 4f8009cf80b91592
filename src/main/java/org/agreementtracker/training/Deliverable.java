package org.agreementtracker.training;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Something concrete a commitment promises.
 *
 * @param id its id
 * @param agreementId the agreement
 * @param commitmentId the commitment
 * @param kind what it is
 * @param title its title
 * @param ownerParty whose coordinators deliver it
 * @param dueDate by when
 * @param target the number aimed at (trainees, advisers), if any
 * @param status PLANNING, PLANNED, DELIVERED or POSTPONED
 * @param startsOn when it starts, once planned
 * @param deliveredOn when it was delivered
 */
public record Deliverable(long id, String agreementId, long commitmentId, DeliverableKind kind, String title,
        String ownerParty, LocalDate dueDate, BigDecimal target, String status, LocalDate startsOn,
        LocalDate deliveredOn) {

}
