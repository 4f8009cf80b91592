package org.agreementtracker.agreement;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;

import org.agreementtracker.shared.FormError;
import org.agreementtracker.shared.InvalidFormDataException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to a registered agreement that do not come from one of its steps but from a
 * re-imported agreement file (the status history says so): commitments added or removed,
 * the negotiation's deadlines moved, the agreement retitled or reclassified. Each change
 * is kept in the status history and the running processes follow it (see
 * {@link AgreementLifecycles}); a removed commitment keeps its row, with who removed it,
 * when and why.
 */
@Service
@Transactional
public class AgreementAmendments {

    private final AgreementRepository repository;

    private final AgreementService agreements;

    private final AgreementLifecycles lifecycles;

    private final LifecycleProperties lifecycle;

    private final IdentityService identityService;

    AgreementAmendments(AgreementRepository repository, AgreementService agreements, AgreementLifecycles lifecycles,
            LifecycleProperties lifecycle, IdentityService identityService) {
        this.repository = repository;
        this.agreements = agreements;
        this.lifecycles = lifecycles;
        this.lifecycle = lifecycle;
        this.identityService = identityService;
    }

    /**
     * Registers a commitment after the others, and its areas with the agreement's; its
     * implementation starts with {@link #startCommitment}, once its deliverables are in.
     */
    public Commitment addCommitment(String agreementId, NewAgreement.StatedCommitment stated) {
        Agreement agreement = requireOpen(agreementId);
        if (stated.text() == null || stated.text().isBlank()) {
            throw InvalidFormDataException.of(FormError.of("required", "commitments.text"));
        }
        Set<Area> areas = EnumSet.noneOf(Area.class);
        if (stated.areas() != null) {
            areas.addAll(stated.areas());
        }
        Commitment commitment = this.repository.insertCommitment(agreementId, stated.text().trim(), areas);
        Set<Area> all = EnumSet.noneOf(Area.class);
        all.addAll(agreement.areas());
        all.addAll(areas);
        if (!all.equals(agreement.areas())) {
            this.repository.replaceAreas(agreementId, all);
        }
        this.agreements.note(agreementId, HistoryNote.of("commitmentAddedByFile", commitment.position()));
        return commitment;
    }

    /**
     * Starts the added commitment's implementation, if the agreement is being
     * implemented.
     */
    public void startCommitment(String agreementId, long commitmentId) {
        this.lifecycles.addCommitment(agreementId, commitmentId);
    }

    /** Starts the delivery of a deliverable added to a commitment that already runs. */
    public void startDelivery(String agreementId, long commitmentId, long deliverableId) {
        this.lifecycles.addDeliverable(agreementId, commitmentId, deliverableId);
    }

    /**
     * Ends a commitment for good: its implementation and deliveries end, its row stays
     * with who removed it and why, every list leaves it out.
     */
    public void removeCommitment(String agreementId, long commitmentId, String why) {
        Agreement agreement = requireOpen(agreementId);
        Commitment commitment = agreement.commitments()
            .stream()
            .filter(candidate -> candidate.id() == commitmentId)
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException(
                    "commitment " + commitmentId + " is not one of " + agreementId + "'s commitments"));
        this.lifecycles.endCommitment(agreementId, commitmentId);
        this.repository.removeCommitment(agreementId, commitmentId, why, currentUser(), now());
        this.agreements.note(agreementId, HistoryNote.of("commitmentRemovedByFile", commitment.position()));
    }

    public void replaceCommitmentAreas(String agreementId, long commitmentId, Set<Area> areas) {
        requireOpen(agreementId);
        this.repository.replaceCommitmentAreas(agreementId, commitmentId, areas);
    }

    public void replaceAreas(String agreementId, Set<Area> areas) {
        requireOpen(agreementId);
        this.repository.replaceAreas(agreementId, areas);
    }

    public void retitle(String agreementId, String title) {
        Agreement agreement = requireOpen(agreementId);
        if (title == null || title.isBlank()) {
            throw InvalidFormDataException.of(FormError.of("required", "title"));
        }
        this.repository.updateTitle(agreementId, title.trim());
        this.agreements.note(agreementId, HistoryNote.of("agreementRetitledByFile", agreement.title(), title.trim()));
    }

    /**
     * Moves the negotiation's deadlines while it runs: the final-text date (and its
     * stated words) and the hard deadline, with the timers and open steps that follow
     * them. A hard deadline left unstated stays where it is unless it would fall before
     * the final text, then it keeps the configured distance.
     */
    public void moveNegotiationDeadlines(String agreementId, Deadline finalTextDue, LocalDate hardDeadline) {
        Agreement agreement = requireOpen(agreementId);
        LocalDate hard = hardDeadline != null ? hardDeadline : !agreement.hardDeadline().isBefore(finalTextDue.date())
                ? agreement.hardDeadline() : finalTextDue.date().plus(this.lifecycle.hardDeadlineAfterDue());
        if (finalTextDue.date().isBefore(agreement.dateSigned())) {
            throw InvalidFormDataException
                .of(FormError.of("notBefore", "finalTextDue.date", FormError.field("dateSigned")));
        }
        if (hard.isBefore(finalTextDue.date())) {
            throw InvalidFormDataException
                .of(FormError.of("notBefore", "hardDeadline", FormError.field("finalTextDue")));
        }
        this.repository.updateDeadlines(agreementId, finalTextDue, hard);
        this.agreements.note(agreementId, HistoryNote.of("negotiationDeadlinesMovedByFile", finalTextDue.date(), hard));
        this.lifecycles.moveNegotiationDeadlines(this.agreements.get(agreementId));
    }

    private Agreement requireOpen(String id) {
        Agreement agreement = this.agreements.get(id);
        if (agreement.status().isEnded()) {
            throw InvalidFormDataException.of(FormError.about("agreementEnded"));
        }
        return agreement;
    }

    private String currentUser() {
        Authentication authentication = this.identityService.getCurrentAuthentication();
        return authentication == null || authentication.getUserId() == null ? AgreementService.SYSTEM
                : authentication.getUserId();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneOffset.UTC);
    }

}
