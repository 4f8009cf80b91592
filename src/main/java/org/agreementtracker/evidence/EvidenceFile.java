package org.agreementtracker.evidence;

import java.time.OffsetDateTime;

/**
 * An evidence file as listed: everything but its bytes.
 *
 * @param id its id
 * @param agreementId the agreement
 * @param kind what it supports
 * @param supportsId the id of the assessment, deliverable or meeting
 * @param fileName its name, made safe
 * @param contentType the type its bytes show
 * @param sizeBytes its size
 * @param sha256 the SHA-256 of its bytes, hexadecimal
 * @param uploadedBy who attached it
 * @param uploadedAt when
 */
public record EvidenceFile(long id, String agreementId, EvidenceKind kind, long supportsId, String fileName,
        String contentType, long sizeBytes, String sha256, String uploadedBy, OffsetDateTime uploadedAt) {

}
