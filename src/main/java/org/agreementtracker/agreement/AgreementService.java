package org.agreementtracker.agreement;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.agreementtracker.shared.FormError;
import org.agreementtracker.shared.InvalidFormDataException;
import org.agreementtracker.shared.Parties;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happens to an agreement, step by step: every method checks its input, writes our
 * tables and the status history in the caller's transaction (the engine's, when a
 * delegate calls), and throws {@link InvalidFormDataException} with every broken rule
 * when the input is wrong.
 */
@Service
@Transactional
public class AgreementService {

    static final String SYSTEM = "system";

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{2,63}");

    private final AgreementRepository repository;

    private final Parties parties;

    private final LifecycleProperties lifecycle;

    private final IdentityService identityService;

    private final org.agreementtracker.language.Texts texts;

    AgreementService(AgreementRepository repository, Parties parties, LifecycleProperties lifecycle,
            IdentityService identityService, org.agreementtracker.language.Texts texts) {
        this.texts = texts;
        this.repository = repository;
        this.parties = parties;
        this.lifecycle = lifecycle;
        this.identityService = identityService;
    }

    @Transactional(readOnly = true)
    public Optional<Agreement> find(String id) {
        return this.repository.find(id);
    }

    public Agreement get(String id) {
        return this.repository.find(id)
            .orElseThrow(() -> new InvalidFormDataException(List.of("agreement " + id + " does not exist")));
    }

    /** How task lists and forms name it: see {@link Agreement#listedTitle()}. */
    public String listedTitle(String id) {
        return this.repository.findTitle(id)
            .map(title -> title + " (" + id + ")")
            .orElseThrow(() -> new InvalidFormDataException(List.of("agreement " + id + " does not exist")));
    }

    /** Every agreement, oldest first. */
    @Transactional(readOnly = true)
    public List<Agreement> all() {
        return this.repository.findAll();
    }

    /** Every agreement in outline, in no particular order: what roll-ups need. */
    @Transactional(readOnly = true)
    public List<AgreementOutline> outlines() {
        return this.repository.findAllOutlines();
    }

    /**
     * The countries of these agreements' parties, in each agreement's order; an agreement
     * of international organisations only has none, an unknown id no entry.
     */
    @Transactional(readOnly = true)
    public Map<String, List<String>> partyCountries(Collection<String> ids) {
        return ids.isEmpty() ? Map.of() : this.repository.partyCountries(ids);
    }

    /** Each agreement's status at a past moment; agreements recorded later are absent. */
    @Transactional(readOnly = true)
    public Map<String, AgreementStatus> statusesAsOf(OffsetDateTime asOf) {
        return this.repository.statusesAsOf(asOf);
    }

    /** Every agreement's status history, by agreement id, oldest change first. */
    @Transactional(readOnly = true)
    public Map<String, List<StatusChange>> statusHistories() {
        return this.repository.statusHistories();
    }

    /**
     * The entry with its note in that language (a reason a person typed stays as typed).
     */
    public StatusChange inLanguage(StatusChange change, String language) {
        return change.written() == null ? change
                : change.withNote(this.texts.historyNote(change.written().key(), change.written().args(), language));
    }

    @Transactional(readOnly = true)
    public List<StatusChange> statusHistory(String id) {
        return this.repository.statusHistory(id);
    }

    @Transactional(readOnly = true)
    public Optional<MemorandumSignature> signature(String id) {
        return this.repository.signature(id);
    }

    /** Every rule a new agreement breaks; empty when it can be registered. */
    @Transactional(readOnly = true)
    public List<FormError> check(NewAgreement agreement) {
        List<FormError> errors = new ArrayList<>();
        if (agreement.id() != null) {
            if (!ID.matcher(agreement.id()).matches()) {
                errors.add(FormError.of("agreementId", "id", agreement.id()));
            }
            else if (this.repository.exists(agreement.id())) {
                errors.add(FormError.of("agreementExists", "id", agreement.id()));
            }
        }
        if (agreement.dateSigned() != null && agreement.dateSigned().isAfter(today())) {
            errors.add(FormError.of("notInFuture", "dateSigned"));
        }
        if (agreement.leadParty() != null && !this.parties.isKnown(agreement.leadParty())) {
            errors.add(FormError.of("unknownParty", "leadParty", agreement.leadParty(), this.parties.codes()));
        }
        checkParties(agreement, errors);
        if (agreement.commitments() != null) {
            for (int i = 0; i < agreement.commitments().size(); i++) {
                NewAgreement.StatedCommitment commitment = agreement.commitments().get(i);
                if (commitment.text() == null || commitment.text().isBlank()) {
                    errors.add(FormError.of("notEmpty", "commitments[" + i + "].text"));
                }
            }
        }
        if (allAreas(agreement).isEmpty()) {
            errors.add(FormError.of("areaRequired", "areas"));
        }
        Optional<LocalDate> finalTextDue = finalTextDue(agreement);
        if (finalTextDue.isEmpty()) {
            errors.add(FormError.of("finalTextDueRequired", "finalTextDue", FormError.field("finalTextDueStated")));
        }
        else if (agreement.dateSigned() != null && finalTextDue.get().isBefore(agreement.dateSigned())) {
            errors.add(FormError.of("dateNotBefore", "finalTextDue", finalTextDue.get(), FormError.field("dateSigned"),
                    agreement.dateSigned()));
        }
        if (agreement.hardDeadline() != null && finalTextDue.isPresent()
                && agreement.hardDeadline().isBefore(finalTextDue.get())) {
            errors.add(FormError.of("dateNotBefore", "hardDeadline", agreement.hardDeadline(),
                    FormError.field("finalTextDue"), finalTextDue.get()));
        }
        if (agreement.maxReviewRounds() != null
                && (agreement.maxReviewRounds() < 1 || agreement.maxReviewRounds() > 20)) {
            errors.add(FormError.of("between", "maxReviewRounds", 1, 20));
        }
        return errors;
    }

    private void checkParties(NewAgreement agreement, List<FormError> errors) {
        if (agreement.parties() == null || agreement.parties().isEmpty()) {
            errors.add(FormError.of("atLeastOne", "parties"));
            return;
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < agreement.parties().size(); i++) {
            AgreementParty party = agreement.parties().get(i);
            String path = "parties[" + i + "]";
            if (party.name() == null || party.name().isBlank()) {
                errors.add(FormError.of("required", path + ".name"));
            }
            else if (!names.add(party.name().trim().toLowerCase())) {
                errors.add(FormError.of("listedTwice", path + ".name", party.name()));
            }
            if (party.country() != null && !this.parties.isKnown(party.country())) {
                errors.add(FormError.of("unknownParty", path + ".country", party.country(), this.parties.codes()));
            }
            if (party.role() == null) {
                errors.add(FormError.of("required", path + ".role"));
            }
            else if (party.isSignatory() && party.country() == null) {
                errors.add(FormError.of("signatoryCountry", path));
            }
        }
        List<String> signatories = agreement.parties()
            .stream()
            .filter(AgreementParty::isSignatory)
            .map(AgreementParty::country)
            .toList();
        if (signatories.isEmpty()) {
            errors.add(FormError.of("signatoryRequired", "parties"));
        }
        else if (agreement.leadParty() != null && !signatories.contains(agreement.leadParty())) {
            errors.add(FormError.of("leadPartySignatory", "leadParty", agreement.leadParty()));
        }
    }

    /** Stores a new agreement, in status {@link AgreementStatus#DRAFTING}. */
    public Agreement register(NewAgreement agreement) {
        List<FormError> errors = check(agreement);
        if (!errors.isEmpty()) {
            throw InvalidFormDataException.of(errors);
        }
        String id = agreement.id() != null ? agreement.id() : this.repository.nextId(today().getYear());
        LocalDate finalTextDue = finalTextDue(agreement).orElseThrow();
        LocalDate hardDeadline = agreement.hardDeadline() != null ? agreement.hardDeadline()
                : finalTextDue.plus(this.lifecycle.hardDeadlineAfterDue());
        List<Commitment> commitments = new ArrayList<>();
        List<NewAgreement.StatedCommitment> stated = agreement.commitments() == null ? List.of()
                : agreement.commitments();
        for (int i = 0; i < stated.size(); i++) {
            commitments.add(new Commitment(null, i + 1, stated.get(i).text().trim(), areasOf(stated.get(i).areas())));
        }
        Agreement registered = new Agreement(id, agreement.title(), agreement.instrumentType(), agreement.dateSigned(),
                agreement.leadParty(), AgreementStatus.DRAFTING,
                new Deadline(blankToNull(agreement.finalTextDueStated()), finalTextDue), hardDeadline,
                agreement.maxReviewRounds() != null ? agreement.maxReviewRounds()
                        : this.lifecycle.defaultReviewRounds(),
                0, List.copyOf(agreement.parties()), allAreas(agreement), commitments);
        this.repository.insert(registered, currentUser());
        HistoryNote.Word instrument = HistoryNote.word("instrument", registered.instrumentType());
        appendHistory(id, AgreementStatus.DRAFTING,
                registered.finalTextDue().stated() != null
                        ? HistoryNote.of("agreementRecordedStated", instrument, finalTextDue,
                                registered.finalTextDue().stated())
                        : HistoryNote.of("agreementRecorded", instrument, finalTextDue));
        return this.repository.find(id).orElseThrow();
    }

    /** What the author of an agreement file assumed where the sources are silent. */
    public void recordAssumptions(String id, List<String> assumptions) {
        this.repository.setAssumptions(id, assumptions.isEmpty() ? null : abbreviate(String.join("\n", assumptions)));
    }

    @Transactional(readOnly = true)
    public List<String> assumptions(String id) {
        return this.repository.assumptions(id).map(text -> List.of(text.split("\n"))).orElse(List.of());
    }

    public void linkProcessInstance(String id, String processInstanceId) {
        this.repository.setProcessInstance(id, processInstanceId);
    }

    /** Every agreement's lifecycle instance, by agreement id. */
    @Transactional(readOnly = true)
    public Map<String, String> processInstances() {
        return this.repository.processInstances();
    }

    /** Every round's draft of the memorandum, the first round first. */
    @Transactional(readOnly = true)
    public List<MemorandumDraft> drafts(String id) {
        return this.repository.drafts(id);
    }

    /** Every party's review of every round, the first round first. */
    @Transactional(readOnly = true)
    public List<MemorandumReview> reviews(String id) {
        return this.repository.reviews(id);
    }

    /** A new draft opens the next review round; returns its number. */
    public int recordDraft(String id, String documentRef, String summary) {
        requireOpen(id);
        int round = this.repository.startNextRound(id);
        this.repository.insertDraft(id, round, documentRef, summary, currentUser());
        changeStatus(id, AgreementStatus.UNDER_REVIEW, HistoryNote.of("draftSubmitted", round, summary));
        return round;
    }

    public void recordReview(String id, int round, String party, ReviewDecision decision, String comments) {
        requireOpen(id);
        this.repository.upsertReview(id, round, party, decision, comments, currentUser());
    }

    /**
     * Closes a review round.
     * @return whether every signatory approved, and whether review rounds are left
     */
    public RoundOutcome closeRound(String id) {
        Agreement agreement = get(id);
        Map<String, ReviewDecision> decisions = this.repository.reviewDecisions(id, agreement.reviewRound());
        List<String> requestingChanges = agreement.signatoryCountries()
            .stream()
            .filter(party -> decisions.get(party) != ReviewDecision.APPROVED)
            .toList();
        boolean approved = requestingChanges.isEmpty();
        boolean roundsLeft = agreement.reviewRound() < agreement.maxReviewRounds();
        if (approved) {
            changeStatus(id, AgreementStatus.AWAITING_SIGNATURE,
                    HistoryNote.of("allApproved", agreement.reviewRound()));
        }
        else if (roundsLeft) {
            changeStatus(id, AgreementStatus.REVISING, HistoryNote.of("changesRequested", agreement.reviewRound(),
                    HistoryNote.parties(requestingChanges)));
        }
        else {
            changeStatus(id, AgreementStatus.AWAITING_DECISION, HistoryNote.of("changesStillRequested",
                    agreement.maxReviewRounds(), HistoryNote.parties(requestingChanges)));
        }
        return new RoundOutcome(approved, roundsLeft);
    }

    /** A manager lets negotiation continue for some more rounds. */
    public void grantReviewRounds(String id, int extraRounds, String note) {
        requireOpen(id);
        this.repository.addReviewRounds(id, extraRounds);
        changeStatus(id, AgreementStatus.REVISING, note == null ? HistoryNote.of("roundsGranted", extraRounds)
                : HistoryNote.of("roundsGrantedBecause", extraRounds, note));
    }

    /**
     * Records an overdue final text, with the number of the reminder; the status does not
     * change.
     */
    public void noteOverdueMemorandum(String id) {
        var reminder = this.repository.countOverdueReminder(id);
        appendHistory(id, reminder.status(),
                reminder.number() > 1
                        ? HistoryNote.of("finalTextOverdueReminder", reminder.finalTextDue(), reminder.number())
                        : HistoryNote.of("finalTextOverdue", reminder.finalTextDue()));
    }

    public void noteEscalationHandled(String id, String action) {
        Agreement agreement = get(id);
        appendHistory(id, agreement.status(), HistoryNote.of("escalationHandled", action));
    }

    /** Moves both deadlines; the negotiation resumes. */
    public void extendNegotiation(String id, Deadline finalTextDue, LocalDate hardDeadline, String reason) {
        Agreement agreement = requireOpen(id);
        List<FormError> errors = new ArrayList<>();
        if (!finalTextDue.date().isAfter(today())) {
            errors.add(FormError.of("inFuture", "newFinalTextDue"));
        }
        if (hardDeadline != null && hardDeadline.isBefore(finalTextDue.date())) {
            errors.add(FormError.of("notBefore", "newHardDeadline", FormError.field("newFinalTextDue")));
        }
        if (!errors.isEmpty()) {
            throw InvalidFormDataException.of(errors);
        }
        LocalDate hard = hardDeadline != null ? hardDeadline
                : finalTextDue.date().plus(this.lifecycle.hardDeadlineAfterDue());
        this.repository.updateDeadlines(id, finalTextDue, hard);
        AgreementStatus resumed = agreement.reviewRound() == 0 ? AgreementStatus.DRAFTING : AgreementStatus.REVISING;
        changeStatus(id, resumed, reason == null ? HistoryNote.of("negotiationExtended", finalTextDue.date(), hard)
                : HistoryNote.of("negotiationExtendedBecause", finalTextDue.date(), hard, reason));
    }

    public void registerSignature(String id, MemorandumSignature signature) {
        Agreement agreement = requireOpen(id);
        List<FormError> errors = new ArrayList<>();
        if (signature.signedOn() != null && signature.signedOn().isBefore(agreement.dateSigned())) {
            errors.add(FormError.of("signedBeforeStatement", "signedOn", signature.signedOn(), agreement.dateSigned()));
        }
        if (signature.signedOn() != null && signature.signedOn().isAfter(today())) {
            errors.add(FormError.of("notInFuture", "signedOn"));
        }
        if (this.repository.signature(id).isPresent()) {
            errors.add(FormError.about("alreadySigned"));
        }
        if (!errors.isEmpty()) {
            throw InvalidFormDataException.of(errors);
        }
        this.repository.insertSignature(id, signature, currentUser());
        changeStatus(id, AgreementStatus.SIGNED,
                HistoryNote.of("signed", signature.signedOn(), signature.place(), signature.signatories()));
    }

    /** Ends an agreement for good: abandoned, withdrawn or terminated. */
    public void end(String id, AgreementStatus endStatus, String reason) {
        if (!endStatus.isEnded()) {
            throw new IllegalArgumentException(endStatus + " does not end an agreement");
        }
        Agreement agreement = get(id);
        if (agreement.status().isEnded()) {
            throw InvalidFormDataException.of(FormError.about("agreementEnded"));
        }
        changeStatus(id, endStatus, reason);
    }

    /** Adds a line to the status history without changing the status. */
    public void note(String id, HistoryNote note) {
        appendHistory(id, get(id).status(), note);
    }

    /** Changes the status for a reason a person gave, kept as she wrote it. */
    public void changeStatus(String id, AgreementStatus status, String reason) {
        this.repository.updateStatus(id, status);
        this.repository.appendStatusChange(id, status, abbreviate(reason), null, currentUser(), now());
    }

    public void changeStatus(String id, AgreementStatus status, HistoryNote note) {
        this.repository.updateStatus(id, status);
        appendHistory(id, status, note);
    }

    /** The English text goes with the key, for readers of the table and older clients. */
    private void appendHistory(String id, AgreementStatus status, HistoryNote note) {
        this.repository.appendStatusChange(id, status,
                abbreviate(this.texts.historyNote(note.key(), note.args(), "en")), note, currentUser(), now());
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneOffset.UTC);
    }

    private Agreement requireOpen(String id) {
        Agreement agreement = get(id);
        if (agreement.status().isEnded()) {
            throw InvalidFormDataException.of(FormError.about("agreementEnded"));
        }
        return agreement;
    }

    private Optional<LocalDate> finalTextDue(NewAgreement agreement) {
        if (agreement.finalTextDue() != null) {
            return Optional.of(agreement.finalTextDue());
        }
        return StatedDeadlines.resolve(agreement.finalTextDueStated(), agreement.dateSigned());
    }

    private static Set<Area> allAreas(NewAgreement agreement) {
        Set<Area> areas = areasOf(agreement.areas());
        if (agreement.commitments() != null) {
            agreement.commitments().forEach(commitment -> areas.addAll(areasOf(commitment.areas())));
        }
        return areas;
    }

    private static Set<Area> areasOf(Set<Area> areas) {
        Set<Area> copy = EnumSet.noneOf(Area.class);
        if (areas != null) {
            copy.addAll(areas);
        }
        return copy;
    }

    private String currentUser() {
        Authentication authentication = this.identityService.getCurrentAuthentication();
        return authentication == null || authentication.getUserId() == null ? SYSTEM : authentication.getUserId();
    }

    static LocalDate today() {
        return ClockUtil.getCurrentTime().toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static String abbreviate(String text) {
        return text == null || text.length() <= 2000 ? text : text.substring(0, 1999) + "…";
    }

    /**
     * How a review round ended.
     *
     * @param allApproved every signatory approved the draft
     * @param roundsLeft more review rounds may follow
     */
    public record RoundOutcome(boolean allApproved, boolean roundsLeft) {

    }

}
