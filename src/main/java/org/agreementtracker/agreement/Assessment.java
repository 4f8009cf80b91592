package org.agreementtracker.agreement;

import java.time.OffsetDateTime;

/**
 * One assessment of how far a commitment is implemented, with its evidence; it counts
 * once a second person approved it.
 *
 * @param id its id
 * @param commitmentId the commitment
 * @param status the level claimed
 * @param evidenceRef document reference or link
 * @param evidenceSource who says so
 * @param reliability how far the source can be trusted
 * @param note the assessor's note
 * @param assessedBy who assessed
 * @param assessedAt when
 * @param approved whether the review approved it; null while unreviewed
 * @param reviewedBy who reviewed
 */
public record Assessment(long id, long commitmentId, ImplementationStatus status, String evidenceRef,
        String evidenceSource, Reliability reliability, String note, String assessedBy, OffsetDateTime assessedAt,
        Boolean approved, String reviewedBy) {

}
