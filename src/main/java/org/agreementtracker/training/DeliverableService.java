package org.agreementtracker.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.agreementtracker.agreement.HistoryNote;
import org.agreementtracker.agreement.AgreementService;
import org.agreementtracker.agreement.ImplementationService;
import org.agreementtracker.shared.FormError;
import org.agreementtracker.shared.InvalidFormDataException;
import org.agreementtracker.shared.Parties;
import org.camunda.bpm.engine.impl.util.ClockUtil;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deliverables of commitments, from the list a lead coordinator plans to their delivery.
 */
@Service
@Transactional
public class DeliverableService {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String DELIVERY_PROCESS = "deliverable-delivery";

    private final DeliverableRepository repository;

    private final ImplementationService implementation;

    private final AgreementService agreements;

    private final Parties parties;

    private final IdentityService identityService;

    private final org.camunda.bpm.engine.RuntimeService runtimeService;

    private final org.camunda.bpm.engine.ManagementService managementService;

    DeliverableService(DeliverableRepository repository, ImplementationService implementation,
            AgreementService agreements, Parties parties, IdentityService identityService,
            org.camunda.bpm.engine.RuntimeService runtimeService,
            org.camunda.bpm.engine.ManagementService managementService) {
        this.runtimeService = runtimeService;
        this.managementService = managementService;
        this.repository = repository;
        this.implementation = implementation;
        this.agreements = agreements;
        this.parties = parties;
        this.identityService = identityService;
    }

    /**
     * The deliverables a commitment needs, as the lead plans them.
     * @return their ids
     */
    public List<Long> plan(long commitmentId, List<NewDeliverable> deliverables) {
        return plan(commitmentId, deliverables, false);
    }

    /**
     * Deliverables an agreement file names; a file about the past may hold past due
     * dates.
     */
    public List<Long> importPlanned(long commitmentId, List<NewDeliverable> deliverables) {
        return plan(commitmentId, deliverables, true);
    }

    private List<Long> plan(long commitmentId, List<NewDeliverable> deliverables, boolean pastAllowed) {
        List<FormError> errors = new ArrayList<>();
        for (int i = 0; i < deliverables.size(); i++) {
            NewDeliverable deliverable = deliverables.get(i);
            String path = "deliverable" + (i + 1);
            if (deliverable.kind() == null) {
                errors.add(FormError.of("required", path + ".kind"));
            }
            if (deliverable.title() == null || deliverable.title().isBlank()) {
                errors.add(FormError.of("required", path + ".title"));
            }
            if (deliverable.ownerParty() == null || !this.parties.isKnown(deliverable.ownerParty())) {
                errors.add(FormError.of("partyOneOf", path + ".ownerParty", this.parties.codes()));
            }
            if (deliverable.dueDate() == null) {
                errors.add(FormError.of("required", path + ".dueDate"));
            }
            else if (!pastAllowed && deliverable.dueDate().isBefore(today())) {
                errors.add(FormError.of("notInPast", path + ".dueDate"));
            }
            if (deliverable.target() != null && deliverable.target().signum() < 0) {
                errors.add(FormError.of("notNegative", path + ".target"));
            }
        }
        if (!errors.isEmpty()) {
            throw InvalidFormDataException.of(errors);
        }
        String agreementId = this.implementation.agreementOfCommitment(commitmentId);
        List<Long> ids = new ArrayList<>();
        for (NewDeliverable deliverable : deliverables) {
            ids.add(this.repository.insert(agreementId, commitmentId, deliverable.kind(), deliverable.title().trim(),
                    deliverable.ownerParty(), deliverable.dueDate(), deliverable.target()));
        }
        this.agreements.note(agreementId, HistoryNote.of("deliverablesPlanned",
                this.implementation.commitment(commitmentId).position(), ids.size()));
        return ids;
    }

    @Transactional(readOnly = true)
    public Deliverable get(long id) {
        return this.repository.find(id)
            .orElseThrow(() -> new InvalidFormDataException(List.of("deliverable " + id + " does not exist")));
    }

    @Transactional(readOnly = true)
    public List<Long> idsOfCommitment(long commitmentId) {
        return this.repository.idsOfCommitment(commitmentId);
    }

    /**
     * The deliverables not yet delivered of one agreement (or of every agreement, for
     * null), soonest due first.
     */
    @Transactional(readOnly = true)
    public List<Deliverable> notDelivered(String agreementId) {
        return this.repository.notDelivered(agreementId);
    }

    /** Deliverables of every agreement due before that day and not delivered. */
    @Transactional(readOnly = true)
    public List<Deliverable> notDeliveredBefore(LocalDate day) {
        return this.repository.notDeliveredBefore(day);
    }

    @Transactional(readOnly = true)
    public List<Deliverable> ofAgreement(String agreementId) {
        return this.repository.ofAgreement(agreementId);
    }

    /** The plan of one deliverable: when it starts and the fields its kind asks for. */
    public void recordPlan(long id, LocalDate startsOn, Map<String, Object> details) {
        Deliverable deliverable = get(id);
        List<FormError> errors = new ArrayList<>();
        for (String field : deliverable.kind().requiredPlanFields()) {
            Object value = details.get(field);
            if (value == null || value.toString().isBlank()) {
                errors.add(FormError.of("requiredFor", field,
                        deliverable.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ')));
            }
        }
        if (startsOn == null) {
            errors.add(FormError.of("required", "startsOn"));
        }
        else if (startsOn.isBefore(today())) {
            errors.add(FormError.of("notInPast", "startsOn"));
        }
        if (!errors.isEmpty()) {
            throw InvalidFormDataException.of(errors);
        }
        this.repository.plan(id, json(details), startsOn);
        this.agreements.note(deliverable.agreementId(),
                HistoryNote.of("deliverablePlanned", deliverable.title(), startsOn));
    }

    public void confirmDelivery(long id, LocalDate deliveredOn, Map<String, Object> evidence) {
        Deliverable deliverable = get(id);
        if (deliveredOn == null || deliveredOn.isAfter(today())) {
            throw InvalidFormDataException.of(FormError.of("requiredNotInFuture", "deliveredOn"));
        }
        this.repository.deliver(id, json(evidence), deliveredOn);
        Object participants = evidence.get("participants");
        this.agreements.note(deliverable.agreementId(),
                participants == null ? HistoryNote.of("deliverableDelivered", deliverable.title(), deliveredOn)
                        : HistoryNote.of("deliverableDeliveredWith", deliverable.title(), deliveredOn,
                                String.valueOf(participants)));
    }

    /**
     * Moves a deliverable's due date, and with it the first overdue reminder of its
     * delivery process (later reminders follow at their interval).
     */
    public void moveDueDate(long id, LocalDate dueDate, String why) {
        Deliverable deliverable = get(id);
        this.repository.moveDueDate(id, dueDate);
        this.agreements.note(deliverable.agreementId(),
                HistoryNote.of("deliverableDueMoved", deliverable.title(), deliverable.dueDate(), dueDate, why));
        var instance = this.runtimeService.createProcessInstanceQuery()
            .processDefinitionKey(DELIVERY_PROCESS)
            .processInstanceBusinessKey(deliverable.agreementId())
            .variableValueEquals("deliverableId", id)
            .singleResult();
        if (instance == null) {
            return;
        }
        java.time.Instant due = dueDate.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        java.time.Instant now = ClockUtil.getCurrentTime().toInstant();
        java.time.Instant firstReminder = due.isAfter(now) ? due : now.plusSeconds(60);
        String cycle = String.valueOf(this.runtimeService.getVariable(instance.getId(), "overdueCycle"));
        String interval = cycle.substring(cycle.lastIndexOf('/') + 1);
        this.runtimeService.setVariable(instance.getId(), "overdueCycle",
                "R/" + java.time.format.DateTimeFormatter.ISO_INSTANT.format(firstReminder) + "/" + interval);
        this.runtimeService.setVariable(instance.getId(), "dueAt", java.util.Date.from(due));
        var timer = this.managementService.createJobQuery()
            .processInstanceId(instance.getId())
            .activityId("BoundaryEvent_DeliveryOverdue")
            .timers()
            .singleResult();
        if (timer != null) {
            this.managementService.setJobDuedate(timer.getId(), java.util.Date.from(firstReminder), true);
        }
    }

    /**
     * A deliverable a re-imported agreement file adds to a commitment; its delivery
     * starts with {@code AgreementAmendments.startDelivery}.
     * @return its id
     */
    public long add(long commitmentId, NewDeliverable deliverable) {
        long id = plan(commitmentId, List.of(deliverable), true).get(0);
        this.agreements.note(get(id).agreementId(),
                HistoryNote.of("deliverableAddedByFile", deliverable.title().trim()));
        return id;
    }

    /**
     * Ends a deliverable a re-imported agreement file no longer names: its delivery and
     * reminders end (the {@code DeliverableRemoved} message), its row stays with who
     * removed it and why, every list leaves it out.
     */
    public void remove(long id, String why) {
        Deliverable deliverable = get(id);
        var instance = this.runtimeService.createProcessInstanceQuery()
            .processDefinitionKey(DELIVERY_PROCESS)
            .processInstanceBusinessKey(deliverable.agreementId())
            .variableValueEquals("deliverableId", id)
            .singleResult();
        if (instance != null) {
            this.runtimeService.createMessageCorrelation("DeliverableRemoved")
                .processInstanceId(instance.getId())
                .correlateWithResult();
        }
        this.repository.remove(id, why, currentUser(), ClockUtil.getCurrentTime().toInstant().atOffset(ZoneOffset.UTC));
        this.agreements.note(deliverable.agreementId(),
                HistoryNote.of("deliverableRemovedByFile", deliverable.title()));
    }

    /** The number a deliverable aims at, as a re-imported file now states it. */
    public void changeTarget(long id, BigDecimal target) {
        if (target != null && target.signum() < 0) {
            throw InvalidFormDataException.of(FormError.of("notNegative", "target"));
        }
        this.repository.changeTarget(id, target);
    }

    public void postpone(long id, String reason) {
        Deliverable deliverable = get(id);
        this.repository.postpone(id, json(Map.of("postponedBecause", reason)), reason, currentUser(),
                ClockUtil.getCurrentTime().toInstant().atOffset(ZoneOffset.UTC));
        this.agreements.note(deliverable.agreementId(),
                HistoryNote.of("deliverablePostponed", deliverable.title(), reason));
    }

    /** Every postponement of a deliverable, the first first. */
    @Transactional(readOnly = true)
    public List<Postponement> postponements(long id) {
        return this.repository.postponements(id);
    }

    private static String json(Map<String, Object> values) {
        try {
            return JSON.writeValueAsString(values);
        }
        catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private String currentUser() {
        Authentication authentication = this.identityService.getCurrentAuthentication();
        return authentication == null || authentication.getUserId() == null ? "system" : authentication.getUserId();
    }

    private static LocalDate today() {
        return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneOffset.UTC);
    }

    /**
     * A deliverable as planned.
     *
     * @param kind what it is
     * @param title its title
     * @param ownerParty whose coordinators deliver it
     * @param dueDate by when
     * @param target the number aimed at, if any
     */
    public record NewDeliverable(DeliverableKind kind, String title, String ownerParty, LocalDate dueDate,
            BigDecimal target) {

    }

}
