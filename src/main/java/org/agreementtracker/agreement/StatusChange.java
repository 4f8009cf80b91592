package org.agreementtracker.agreement;

import java.time.OffsetDateTime;

/**
 * One entry of an agreement's status history.
 *
 * @param status the status after the change
 * @param note why, or what happened
 * @param changedBy the user, or {@code system} for timers
 * @param changedAt when
 */
public record StatusChange(AgreementStatus status, String note, String changedBy, OffsetDateTime changedAt) {

}
