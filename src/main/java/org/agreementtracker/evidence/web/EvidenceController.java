package org.agreementtracker.evidence.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.agreementtracker.agreement.Agreement;
import org.agreementtracker.agreement.AgreementService;
import org.agreementtracker.evidence.EvidenceFile;
import org.agreementtracker.evidence.EvidenceKind;
import org.agreementtracker.evidence.EvidenceService;
import org.agreementtracker.shared.NotFoundException;
import org.agreementtracker.shared.Parties;
import org.agreementtracker.shared.Viewer;

import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Evidence files of an agreement: whoever may see the agreement may attach, list and
 * download them; anybody else gets 404, as for an agreement that does not exist.
 */
@Tag(name = "Evidence", description = "Files attached to assessments, deliveries and meeting outcomes")
@RestController
@RequestMapping("/api/agreements/{id}/evidence")
class EvidenceController {

    private final EvidenceService evidence;

    private final AgreementService agreements;

    private final Parties parties;

    EvidenceController(EvidenceService evidence, AgreementService agreements, Parties parties) {
        this.evidence = evidence;
        this.agreements = agreements;
        this.parties = parties;
    }

    @Operation(summary = "Attach an evidence file",
            description = "Multipart: `file`, `kind` (ASSESSMENT, DELIVERY or MEETING) and `supportsId` (the "
                    + "assessment's, deliverable's or meeting's id). PDF, images, office documents, text and CSV "
                    + "up to agreement-tracker.evidence.max-size (10 MB), judged by the bytes; 413 when larger, "
                    + "400 for another type or a record of another agreement.")
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<EvidenceFile> attach(@PathVariable String id, @RequestPart("file") MultipartFile file,
            @Parameter(description = "ASSESSMENT, DELIVERY or MEETING") @RequestParam EvidenceKind kind,
            @RequestParam long supportsId, HttpServletRequest request) {
        Agreement agreement = visible(id, request);
        byte[] content;
        try {
            content = file.getBytes();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        EvidenceFile attached = this.evidence.attach(agreement.id(), kind, supportsId, file.getOriginalFilename(),
                content);
        return ResponseEntity.created(URI.create("/api/agreements/" + id + "/evidence/" + attached.id()))
            .body(attached);
    }

    @Operation(summary = "The agreement's evidence files, oldest first")
    @GetMapping
    List<EvidenceFile> list(@PathVariable String id, HttpServletRequest request) {
        return this.evidence.ofAgreement(visible(id, request).id());
    }

    @Operation(summary = "Download an evidence file", description = "Always as an attachment, never shown inline.")
    @GetMapping("/{fileId}")
    ResponseEntity<byte[]> download(@PathVariable String id, @PathVariable long fileId, HttpServletRequest request) {
        EvidenceFile file = this.evidence.find(visible(id, request).id(), fileId)
            .orElseThrow(() -> new NotFoundException("No evidence file " + fileId + " of agreement " + id));
        return ResponseEntity.ok()
            .contentType(MediaType.parseMediaType(file.contentType()))
            .header("Content-Disposition",
                    ContentDisposition.attachment()
                        .filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8)
                        .build()
                        .toString())
            .header("X-Content-Type-Options", "nosniff")
            .body(this.evidence.content(file));
    }

    private Agreement visible(String id, HttpServletRequest request) {
        Viewer viewer = Viewer.of(request, this.parties);
        return this.agreements.find(id)
            .filter(agreement -> viewer.maySee(agreement.partyCountries()))
            .orElseThrow(() -> new NotFoundException("No agreement " + id + " that you may see"));
    }

}
