package org.agreementtracker.agreement;

import java.time.OffsetDateTime;

/**
 * An overdue item the escalation decision put on the agenda of the next senior meeting.
 *
 * @param text what is overdue
 * @param sourceKind what kind of item it is ({@code ACTION_ITEM}, {@code DELIVERABLE})
 * @param daysOverdue how late it was when raised; null for items raised before this was
 * kept
 * @param raisedAt when
 */
public record AgendaItem(String text, String sourceKind, Integer daysOverdue, OffsetDateTime raisedAt) {

}
