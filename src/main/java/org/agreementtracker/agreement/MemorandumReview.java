package org.agreementtracker.agreement;

import java.time.OffsetDateTime;

/**
 * What one party said of one round's draft.
 *
 * @param round the review round
 * @param party the party's code
 * @param decision approved, or changes requested
 * @param comments the changes asked for, or a remark
 * @param reviewedBy the user who answered for the party
 * @param reviewedAt when
 */
public record MemorandumReview(int round, String party, ReviewDecision decision, String comments, String reviewedBy,
        OffsetDateTime reviewedAt) {

}
