package org.agreementtracker.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.agreementtracker.agreement.HistoryNote;
import org.agreementtracker.agreement.AgendaItem;
import org.agreementtracker.agreement.Agreement;
import org.agreementtracker.agreement.AgreementService;
import org.agreementtracker.agreement.ImplementationService;
import org.agreementtracker.agreement.MeetingCadence;
import org.agreementtracker.shared.FormError;
import org.agreementtracker.shared.InvalidFormDataException;
import org.agreementtracker.shared.Parties;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Follow-up meetings: planned from the cadence one at a time, scheduled, held, and their
 * action items.
 */
@Service
@Transactional
public class MeetingService {

    private final MeetingRepository repository;

    private final AgreementService agreements;

    private final ImplementationService implementation;

    private final Parties parties;

    private final IdentityService identityService;

    MeetingService(MeetingRepository repository, AgreementService agreements, ImplementationService implementation,
            Parties parties, IdentityService identityService) {
        this.repository = repository;
        this.agreements = agreements;
        this.implementation = implementation;
        this.parties = parties;
        this.identityService = identityService;
    }

    /**
     * Plans the next meeting of the cadence after the last one planned at that level.
     * @return the meeting, or empty when the cadence holds no further meeting
     */
    public Optional<Meeting> planNext(String agreementId, MeetingLevel level, String cadenceText,
            String processInstanceId) {
        Agreement agreement = this.agreements.get(agreementId);
        Optional<MeetingCadence> cadence;
        try {
            // Regular meetings count from the memorandum's signature.
            cadence = MeetingCadence.parse(cadenceText,
                    this.agreements.signature(agreementId)
                        .map(signature -> signature.signedOn())
                        .orElse(agreement.dateSigned()));
        }
        catch (MeetingCadence.InvalidCadenceException ex) {
            throw InvalidFormDataException.of(ex.about("cadence"));
        }
        if (cadence.isEmpty() || agreement.status().isEnded()) {
            return Optional.empty();
        }
        Instant after = this.repository.lastPlanned(agreementId, level).orElse(Instant.EPOCH);
        Optional<Instant> next = cadence.get().nextAfter(after);
        return next.map(
                when -> this.repository.find(this.repository.insert(agreementId, level, false, when, processInstanceId))
                    .orElseThrow());
    }

    /** A meeting outside the cadence, at the given date. */
    public Meeting addAdHoc(String agreementId, MeetingLevel level, Instant when, String processInstanceId) {
        Agreement agreement = this.agreements.find(agreementId)
            .orElseThrow(() -> new InvalidFormDataException(
                    List.of("agreementId " + agreementId + " is not a known agreement")));
        if (agreement.status().isEnded()) {
            throw InvalidFormDataException.of(FormError.about("agreementEnded"));
        }
        if (when.isBefore(ClockUtil.getCurrentTime().toInstant())) {
            throw InvalidFormDataException.of(FormError.of("notInPast", "meetingDate"));
        }
        long id = this.repository.insert(agreementId, level, true, when, processInstanceId);
        this.agreements.note(agreementId, HistoryNote.of("adHocMeetingAdded", HistoryNote.word("level", level), when));
        return this.repository.find(id).orElseThrow();
    }

    @Transactional(readOnly = true)
    public Meeting get(long id) {
        return this.repository.find(id)
            .orElseThrow(() -> new InvalidFormDataException(List.of("meeting " + id + " does not exist")));
    }

    /**
     * Each agreement's next meeting after that instant, scheduled or else planned; an
     * agreement without one is missing.
     */
    @Transactional(readOnly = true)
    public Map<String, Instant> nextMeetings(Instant after) {
        return this.repository.nextMeetings(after);
    }

    @Transactional(readOnly = true)
    public List<Meeting> meetings(String agreementId) {
        return this.repository.ofAgreement(agreementId);
    }

    /**
     * Fixes date and place; a senior-level meeting takes the open agenda items of
     * escalations.
     */
    public void schedule(long meetingId, Instant when, String venue, boolean virtual, String participants) {
        Meeting meeting = get(meetingId);
        if (when.isBefore(ClockUtil.getCurrentTime().toInstant())) {
            throw InvalidFormDataException.of(FormError.of("notInPast", "meetingDate"));
        }
        this.repository.schedule(meetingId, when, venue, virtual, participants);
        int agendaItems = meeting.level() == MeetingLevel.SENIOR
                ? this.implementation.takeAgendaItems(meeting.agreementId(), meetingId) : 0;
        this.agreements.note(meeting.agreementId(),
                virtual ? HistoryNote.of("meetingScheduledOnline", HistoryNote.word("level", meeting.level()),
                        meeting.sequence(), when, agendaItems)
                        : HistoryNote.of("meetingScheduled", HistoryNote.word("level", meeting.level()),
                                meeting.sequence(), when, agendaItems, venue));
    }

    public void noteReminder(long meetingId) {
        Meeting meeting = get(meetingId);
        this.agreements.note(meeting.agreementId(), HistoryNote.of("reminderSent",
                HistoryNote.word("level", meeting.level()), meeting.sequence(), meeting.scheduledFor()));
    }

    /**
     * Records what a meeting decided; each action item becomes tracked work.
     * @return the ids of the action items
     */
    public List<Long> recordOutcomes(long meetingId, String minutes, String decisions, String attendance,
            List<NewActionItem> actionItems) {
        Meeting meeting = get(meetingId);
        List<FormError> errors = new ArrayList<>();
        for (int i = 0; i < actionItems.size(); i++) {
            NewActionItem item = actionItems.get(i);
            String path = "actionItem" + (i + 1);
            if (item.description() == null || item.description().isBlank()) {
                errors.add(FormError.of("required", path + ".description"));
            }
            if (item.ownerParty() == null || !this.parties.isKnown(item.ownerParty())) {
                errors.add(FormError.of("partyOneOf", path + ".ownerParty", this.parties.codes()));
            }
            if (item.dueDate() == null) {
                errors.add(FormError.of("required", path + ".dueDate"));
            }
            else if (item.dueDate().isBefore(today())) {
                errors.add(FormError.of("notInPast", path + ".dueDate"));
            }
        }
        if (!errors.isEmpty()) {
            throw InvalidFormDataException.of(errors);
        }
        this.repository.recordOutcomes(meetingId, minutes, decisions, attendance);
        List<Long> ids = new ArrayList<>();
        for (NewActionItem item : actionItems) {
            ids.add(this.repository.insertActionItem(meeting.agreementId(), meetingId, item.description().trim(),
                    item.ownerParty(), item.dueDate()));
        }
        this.agreements.note(meeting.agreementId(), HistoryNote.of("meetingHeld",
                HistoryNote.word("level", meeting.level()), meeting.sequence(), ids.size()));
        return ids;
    }

    @Transactional(readOnly = true)
    public ActionItem actionItem(long id) {
        return this.repository.actionItem(id)
            .orElseThrow(() -> new InvalidFormDataException(List.of("action item " + id + " does not exist")));
    }

    /**
     * Of one agreement (or of every agreement, for null), per level, the first meeting
     * not yet held: the one the cadence or a manager expects next.
     */
    @Transactional(readOnly = true)
    public List<Meeting> nextNotHeld(String agreementId) {
        return this.repository.nextNotHeld(agreementId);
    }

    /**
     * Open action items of one agreement (or of every agreement, for null), soonest due
     * first.
     */
    @Transactional(readOnly = true)
    public List<ActionItem> openActionItems(String agreementId) {
        return this.repository.openActionItems(agreementId);
    }

    /** Open action items of every agreement due before that day. */
    @Transactional(readOnly = true)
    public List<ActionItem> openActionItemsDueBefore(LocalDate day) {
        return this.repository.openActionItemsDueBefore(day);
    }

    @Transactional(readOnly = true)
    public List<ActionItem> actionItems(String agreementId) {
        return this.repository.actionItems(agreementId);
    }

    public void completeActionItem(long id, String outcome) {
        ActionItem item = actionItem(id);
        var authentication = this.identityService.getCurrentAuthentication();
        this.repository.completeActionItem(id, outcome, authentication == null ? "system" : authentication.getUserId(),
                ClockUtil.getCurrentTime().toInstant());
        this.agreements.note(item.agreementId(), HistoryNote.of("actionItemDone", item.description()));
    }

    /**
     * A meeting's agenda: what it took when scheduled, and what waits for the next one.
     */
    @Transactional(readOnly = true)
    public List<AgendaItem> agenda(String agreementId, Long meetingId) {
        return this.implementation.agenda(agreementId, meetingId);
    }

    private static LocalDate today() {
        return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), java.time.ZoneOffset.UTC);
    }

    /**
     * An action item as a meeting's outcome form gives it.
     *
     * @param description what
     * @param ownerParty whose coordinators
     * @param dueDate by when
     */
    public record NewActionItem(String description, String ownerParty, LocalDate dueDate) {

    }

}
