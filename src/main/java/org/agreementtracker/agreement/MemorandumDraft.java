package org.agreementtracker.agreement;

import java.time.OffsetDateTime;

/**
 * One round's draft of a memorandum.
 *
 * @param round the review round it opened
 * @param documentRef where the document is (reference or link)
 * @param summary what it says in brief (round 1) or what changed (later rounds)
 * @param draftedBy the user who submitted it
 * @param draftedAt when
 */
public record MemorandumDraft(int round, String documentRef, String summary, String draftedBy,
        OffsetDateTime draftedAt) {

}
