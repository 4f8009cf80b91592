package org.agreementtracker.agreement;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.agreementtracker.shared.FormError;
import org.agreementtracker.shared.InvalidFormDataException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happens to a signed agreement: implementation starts with its meeting cadences and
 * end date, commitments are assessed and reviewed by a second person, overdue items are
 * escalated, and the agreement is closed.
 */
@Service
@Transactional
public class ImplementationService {

    private final AgreementService agreements;

    private final AgreementRepository agreementRepository;

    private final ImplementationRepository repository;

    private final IdentityService identityService;

    ImplementationService(AgreementService agreements, AgreementRepository agreementRepository,
            ImplementationRepository repository, IdentityService identityService) {
        this.agreements = agreements;
        this.agreementRepository = agreementRepository;
        this.repository = repository;
        this.identityService = identityService;
    }

    /**
     * Checks the implementation settings given at signature.
     * @return every broken rule
     */
    public List<FormError> checkPlan(String id, ImplementationPlan plan) {
        Agreement agreement = this.agreements.get(id);
        List<FormError> errors = new ArrayList<>();
        for (var cadence : List.of(new String[] { "seniorMeetingCadence", plan.seniorMeetingCadence() },
                new String[] { "workingMeetingCadence", plan.workingMeetingCadence() })) {
            try {
                MeetingCadence.parse(cadence[1], plan.signedOn() == null ? agreement.dateSigned() : plan.signedOn());
            }
            catch (MeetingCadence.InvalidCadenceException ex) {
                errors.add(ex.about(cadence[0]));
            }
        }
        if (plan.endDate() != null && plan.signedOn() != null && !plan.endDate().isAfter(plan.signedOn())) {
            errors.add(FormError.of("endAfterSignature", "agreementEndDate", plan.endDate(), plan.signedOn()));
        }
        return errors;
    }

    /** Signed: implementation starts. Returns the ids of the commitments to implement. */
    public List<Long> startImplementation(String id, ImplementationPlan plan) {
        List<FormError> errors = checkPlan(id, plan);
        if (!errors.isEmpty()) {
            throw InvalidFormDataException.of(errors);
        }
        Agreement agreement = this.agreements.get(id);
        this.repository.startImplementation(id, plan.endDate(), blankToNull(plan.seniorMeetingCadence()),
                blankToNull(plan.workingMeetingCadence()));
        HistoryNote.Word senior = HistoryNote.cadence(plan.seniorMeetingCadence());
        HistoryNote.Word working = HistoryNote.cadence(plan.workingMeetingCadence());
        this.agreements.changeStatus(id, AgreementStatus.IMPLEMENTING, plan.endDate() == null
                ? HistoryNote.of("implementationStarted", agreement.commitments().size(), senior, working) : HistoryNote
                    .of("implementationStartedUntil", agreement.commitments().size(), senior, working, plan.endDate()));
        return agreement.commitments().stream().map(Commitment::id).toList();
    }

    /** The agreement's meeting cadences as stored (null where it has none). */
    @Transactional(readOnly = true)
    public Cadences cadences(String id) {
        return this.repository.cadences(id);
    }

    /**
     * @param senior the senior-level meetings' cadence
     * @param working the working-level meetings' cadence
     */
    public record Cadences(String senior, String working) {

    }

    /** The end dates of all agreements that have one, by agreement id. */
    @Transactional(readOnly = true)
    public Map<String, LocalDate> endDates() {
        return this.repository.endDates();
    }

    @Transactional(readOnly = true)
    public Optional<LocalDate> endDate(String id) {
        return this.repository.endDate(id);
    }

    @Transactional(readOnly = true)
    public Commitment commitment(long commitmentId) {
        return this.repository.commitment(commitmentId)
            .orElseThrow(() -> new InvalidFormDataException(List.of("commitment " + commitmentId + " does not exist")));
    }

    @Transactional(readOnly = true)
    public ImplementationStatus commitmentStatus(long commitmentId) {
        return this.repository.commitmentStatus(commitmentId);
    }

    @Transactional(readOnly = true)
    public String agreementOfCommitment(long commitmentId) {
        return this.repository.agreementOfCommitment(commitmentId).orElseThrow();
    }

    /**
     * Records an assessment; it counts only once a second person approved it. A source
     * that is only an anonymous official cannot support more than "minimal" until
     * corroborated.
     */
    public long assess(long commitmentId, ImplementationStatus status, String evidenceRef, String evidenceSource,
            Reliability reliability, String note) {
        String agreementId = agreementOfCommitment(commitmentId);
        ImplementationStatus claimed = status;
        if (reliability == Reliability.ANONYMOUS && status.score() > ImplementationStatus.MINIMAL.score()) {
            claimed = ImplementationStatus.MINIMAL;
            note = (note == null ? "" : note + " ") + "(Capped at MINIMAL: an anonymous source needs corroboration for "
                    + status + ".)";
        }
        return this.repository.insertAssessment(agreementId, commitmentId, claimed, evidenceRef, evidenceSource,
                reliability, note, currentUser(), now());
    }

    @Transactional(readOnly = true)
    public Assessment assessment(long id) {
        return this.repository.assessment(id)
            .orElseThrow(() -> new InvalidFormDataException(List.of("assessment " + id + " does not exist")));
    }

    @Transactional(readOnly = true)
    public List<Assessment> assessments(long commitmentId) {
        return this.repository.assessments(commitmentId);
    }

    /**
     * A second person approves or rejects an assessment (four eyes): the assessor cannot
     * review their own. An approved assessment sets the commitment's status.
     */
    public void reviewAssessment(long assessmentId, boolean approved, String note) {
        Assessment assessment = assessment(assessmentId);
        String reviewer = currentUser();
        if (reviewer.equals(assessment.assessedBy())) {
            throw InvalidFormDataException.of(FormError.about("ownAssessment"));
        }
        if (assessment.approved() != null) {
            throw InvalidFormDataException.of(FormError.about("alreadyReviewed"));
        }
        if (!approved && (note == null || note.isBlank())) {
            throw InvalidFormDataException.of(FormError.of("requiredWhenRejecting", "reviewNote"));
        }
        this.repository.reviewAssessment(assessmentId, approved, note, reviewer, now());
        if (approved) {
            this.repository.setCommitmentStatus(assessment.commitmentId(), assessment.status());
            String agreementId = agreementOfCommitment(assessment.commitmentId());
            Commitment commitment = commitment(assessment.commitmentId());
            this.agreements.note(agreementId,
                    HistoryNote.of("commitmentAssessed", commitment.position(),
                            HistoryNote.word("implementation", assessment.status()), assessment.evidenceRef(),
                            HistoryNote.word("reliability", assessment.reliability()), reviewer));
        }
    }

    /** Every commitment's current status, of all agreements at once. */
    @Transactional(readOnly = true)
    public java.util.Map<Long, ImplementationStatus> commitmentStatuses() {
        return this.repository.currentStatuses();
    }

    /** Each commitment's current status (the last approved assessment). */
    @Transactional(readOnly = true)
    public java.util.Map<Long, ImplementationStatus> commitmentStatuses(String agreementId) {
        return this.repository.currentStatuses(agreementId);
    }

    /**
     * Each commitment's status at a past moment, of all agreements at once; commitments
     * not yet assessed then are absent.
     */
    @Transactional(readOnly = true)
    public java.util.Map<Long, ImplementationStatus> commitmentStatusesAsOf(OffsetDateTime asOf) {
        return this.repository.statusesAsOf(asOf);
    }

    /** The evidence behind each commitment's current status. */
    @Transactional(readOnly = true)
    public java.util.Map<Long, Assessment> currentEvidence() {
        return this.repository.latestApproved();
    }

    @Transactional(readOnly = true)
    public java.util.Map<Long, Assessment> currentEvidence(String agreementId) {
        return this.repository.latestApproved(agreementId);
    }

    /**
     * Sets a commitment's status from what an agreement file states, recorded as reviewed
     * by the importing user.
     */
    public void recordImportedAssessment(long commitmentId, ImplementationStatus status, String evidenceRef,
            String evidenceSource, Reliability reliability, String note) {
        String agreementId = agreementOfCommitment(commitmentId);
        long id = this.repository.insertAssessment(agreementId, commitmentId, status, evidenceRef, evidenceSource,
                reliability, note, currentUser(), now());
        this.repository.reviewAssessment(id, true, "Imported with the agreement file", currentUser(), now());
        this.repository.setCommitmentStatus(commitmentId, status);
    }

    /**
     * Records an escalation of an overdue item and raises an agenda item where the
     * routing says so.
     */
    public void escalate(String agreementId, String itemKind, Long itemId, String itemText, int daysOverdue,
            EscalationRouting routing) {
        this.repository.insertEscalation(agreementId, itemKind, itemId, daysOverdue, routing.describe(), now());
        if (routing.agendaItem()) {
            this.repository.insertAgendaItem(agreementId, itemText, itemKind, itemId, daysOverdue, now());
        }
        this.agreements.note(agreementId, HistoryNote.of("itemEscalated", itemText, daysOverdue, routing.describe()));
    }

    @Transactional(readOnly = true)
    public List<String> openAgendaItems(String agreementId) {
        return this.repository.openAgendaItems(agreementId);
    }

    /**
     * The agenda of a meeting: the items it took when it was scheduled and those waiting
     * for the next meeting.
     */
    @Transactional(readOnly = true)
    public List<AgendaItem> agenda(String agreementId, Long meetingId) {
        return this.repository.agenda(agreementId, meetingId);
    }

    public int takeAgendaItems(String agreementId, long meetingId) {
        return this.repository.assignAgendaItems(agreementId, meetingId);
    }

    /** Final review done: the agreement is closed. */
    public void close(String id, String summary) {
        this.agreements.end(id, AgreementStatus.CLOSED, "Final implementation review: " + summary);
    }

    private String currentUser() {
        Authentication authentication = this.identityService.getCurrentAuthentication();
        return authentication == null || authentication.getUserId() == null ? AgreementService.SYSTEM
                : authentication.getUserId();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneOffset.UTC);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    /**
     * What is set when the memorandum is signed.
     *
     * @param signedOn the day of signature
     * @param seniorMeetingCadence senior-level meetings, see {@link MeetingCadence}
     * @param workingMeetingCadence working-level meetings
     * @param endDate when the agreement ends, or null for no end date
     */
    public record ImplementationPlan(LocalDate signedOn, String seniorMeetingCadence, String workingMeetingCadence,
            LocalDate endDate) {

    }

}
