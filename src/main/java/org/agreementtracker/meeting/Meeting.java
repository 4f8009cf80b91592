package org.agreementtracker.meeting;

import java.time.Instant;

/**
 * A follow-up meeting of an agreement.
 *
 * @param id its id
 * @param agreementId the agreement
 * @param level senior or working level
 * @param sequence its number at that level
 * @param adHoc added outside the cadence
 * @param plannedFor when the cadence puts it
 * @param scheduledFor when it was scheduled, null before
 * @param venue where, or the virtual meeting's link
 * @param virtualMeeting held online
 * @param status PLANNED, SCHEDULED or HELD
 */
public record Meeting(long id, String agreementId, MeetingLevel level, int sequence, boolean adHoc, Instant plannedFor,
        Instant scheduledFor, String venue, Boolean virtualMeeting, String status) {

}
