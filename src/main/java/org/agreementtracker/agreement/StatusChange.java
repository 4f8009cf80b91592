package org.agreementtracker.agreement;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * One entry of an agreement's status history.
 *
 * @param status the status after the change
 * @param note why, or what happened, in English
 * @param changedBy the user, or {@code system} for timers
 * @param changedAt when
 * @param written the note as key and values, to say it in another language; null for
 * entries older than that, and for a reason typed by a person
 */
public record StatusChange(AgreementStatus status, String note, String changedBy, OffsetDateTime changedAt,
        @JsonIgnore HistoryNote written) {

    public StatusChange(AgreementStatus status, String note, String changedBy, OffsetDateTime changedAt) {
        this(status, note, changedBy, changedAt, null);
    }

    /** The same entry with its note said otherwise (in the reader's language). */
    public StatusChange withNote(String said) {
        return new StatusChange(this.status, said, this.changedBy, this.changedAt, this.written);
    }

}
