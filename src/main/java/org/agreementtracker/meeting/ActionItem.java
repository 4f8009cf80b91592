package org.agreementtracker.meeting;

import java.time.LocalDate;

/**
 * Something a meeting decided someone must do.
 *
 * @param id its id
 * @param agreementId the agreement
 * @param meetingId the meeting that decided it
 * @param description what
 * @param ownerParty the party whose coordinators do it
 * @param dueDate by when
 * @param status OPEN or DONE
 */
public record ActionItem(long id, String agreementId, Long meetingId, String description, String ownerParty,
        LocalDate dueDate, String status) {

}
