package org.agreementtracker.evidence;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * What evidence files may be.
 *
 * @param maxSize the largest file accepted
 * @param allowedTypes the content types accepted, as their bytes show them: PDF, images,
 * office documents, plain text and CSV
 * @param folder where the bytes are kept; empty keeps them in PostgreSQL, beside the
 * facts they support
 */
@ConfigurationProperties("agreement-tracker.evidence")
public record EvidenceSettings(@DefaultValue("10MB") DataSize maxSize, @DefaultValue( {
        "application/pdf", "image/png", "image/jpeg", "image/gif", "image/webp", "image/tiff", "application/msword",
        "application/vnd.ms-excel", "application/vnd.ms-powerpoint",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet",
        "application/vnd.oasis.opendocument.presentation", "text/plain", "text/csv" }) List<String> allowedTypes,
        String folder){

}
