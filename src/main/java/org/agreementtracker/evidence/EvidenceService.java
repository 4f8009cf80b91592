package org.agreementtracker.evidence;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.agreementtracker.agreement.AgreementService;
import org.agreementtracker.agreement.HistoryNote;
import org.agreementtracker.agreement.ImplementationService;
import org.agreementtracker.meeting.MeetingService;
import org.agreementtracker.shared.InvalidFormDataException;
import org.agreementtracker.shared.TooLargeException;
import org.agreementtracker.training.DeliverableService;
import org.apache.tika.Tika;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.impl.identity.Authentication;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attaches evidence files and hands them out. A file is judged by its bytes, not by the
 * name or type the browser gave it (Apache Tika), so a program named {@code report.pdf}
 * is refused; its name is made safe to show and to save; every upload enters the
 * agreement's status history, which says who attached what and when.
 */
@Service
@Transactional
public class EvidenceService {

    private static final int MAX_NAME = 150;

    private final EvidenceRepository repository;

    private final EvidenceSettings settings;

    private final AgreementService agreements;

    private final ImplementationService implementation;

    private final DeliverableService deliverables;

    private final MeetingService meetings;

    private final IdentityService identityService;

    private final Tika tika = new Tika();

    /** Null: the bytes are kept in PostgreSQL. */
    private final EvidenceFolder folder;

    EvidenceService(EvidenceRepository repository, EvidenceSettings settings, AgreementService agreements,
            ImplementationService implementation, DeliverableService deliverables, MeetingService meetings,
            IdentityService identityService) {
        this.repository = repository;
        this.settings = settings;
        this.agreements = agreements;
        this.implementation = implementation;
        this.deliverables = deliverables;
        this.meetings = meetings;
        this.identityService = identityService;
        this.folder = settings.folder() == null || settings.folder().isBlank() ? null
                : new EvidenceFolder(java.nio.file.Path.of(settings.folder()));
    }

    /**
     * Checks and stores a file for an assessment, a delivery or a meeting of the
     * agreement; a refused file leaves nothing behind.
     */
    public EvidenceFile attach(String agreementId, EvidenceKind kind, long supportsId, String originalName,
            byte[] content) {
        if (content.length == 0) {
            throw new InvalidFormDataException(List.of("file is empty"));
        }
        long max = this.settings.maxSize().toBytes();
        if (content.length > max) {
            throw new TooLargeException("file is " + content.length + " bytes; at most " + max + " are accepted");
        }
        String fileName = safeName(originalName);
        String contentType = this.tika.detect(content, fileName);
        if (!this.settings.allowedTypes().contains(contentType)) {
            throw new InvalidFormDataException(List.of("file '" + fileName + "' is " + contentType
                    + ", which is not accepted; accepted are PDF, images, office documents, text and CSV"));
        }
        requireSupports(agreementId, kind, supportsId);
        String uploadedBy = currentUser();
        OffsetDateTime now = OffsetDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneOffset.UTC);
        String checksum = sha256(content);
        long id;
        if (this.folder == null) {
            id = this.repository.insert(agreementId, kind, supportsId, fileName, contentType, content, checksum,
                    uploadedBy, now);
        }
        else {
            id = this.repository.insert(agreementId, kind, supportsId, fileName, contentType, new byte[0], checksum,
                    uploadedBy, now);
            this.repository.storedAs(id, this.folder.write(agreementId, id, checksum, content));
        }
        this.agreements.note(agreementId,
                HistoryNote.of("evidenceAttached", fileName, HistoryNote.word("evidence", kind), supportsId));
        return this.repository.find(agreementId, id).orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<EvidenceFile> ofAgreement(String agreementId) {
        return this.repository.ofAgreement(agreementId);
    }

    @Transactional(readOnly = true)
    public Optional<EvidenceFile> find(String agreementId, long id) {
        return this.repository.find(agreementId, id);
    }

    @Transactional(readOnly = true)
    public byte[] content(EvidenceFile file) {
        EvidenceRepository.Stored stored = this.repository.content(file.id());
        if (stored.storedAs() == null) {
            return stored.content();
        }
        if (this.folder == null) {
            throw new IllegalStateException("evidence file " + file.id() + " is in a folder, and none is configured "
                    + "(agreement-tracker.evidence.folder)");
        }
        return this.folder.read(file.id(), stored.storedAs());
    }

    /** The assessment, deliverable or meeting must be the agreement's own. */
    private void requireSupports(String agreementId, EvidenceKind kind, long supportsId) {
        String owner = switch (kind) {
            case ASSESSMENT ->
                this.implementation.agreementOfCommitment(this.implementation.assessment(supportsId).commitmentId());
            case DELIVERY -> this.deliverables.get(supportsId).agreementId();
            case MEETING -> this.meetings.get(supportsId).agreementId();
        };
        if (!agreementId.equals(owner)) {
            throw new InvalidFormDataException(
                    List.of(kind.name().toLowerCase() + " " + supportsId + " is not of agreement " + agreementId));
        }
    }

    /**
     * The name without any folder, control or markup characters, at most 150 characters,
     * its extension kept.
     */
    static String safeName(String original) {
        String name = original == null ? "" : original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        name = name.replaceAll("[\\p{Cntrl}<>:\"|?*]", "").replaceAll("\\s+", " ").trim();
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        if (name.length() > MAX_NAME) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, MAX_NAME - extension.length()) + extension;
        }
        return name.isEmpty() ? "evidence" : name;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private String currentUser() {
        Authentication authentication = this.identityService.getCurrentAuthentication();
        return authentication == null || authentication.getUserId() == null ? "system" : authentication.getUserId();
    }

}
