package org.agreementtracker.reporting.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.agreementtracker.agreement.Agreement;
import org.agreementtracker.agreement.AgreementParty;
import org.agreementtracker.agreement.AgreementService;
import org.agreementtracker.agreement.AgreementStatus;
import org.agreementtracker.agreement.Area;
import org.agreementtracker.agreement.Assessment;
import org.agreementtracker.agreement.ImplementationService;
import org.agreementtracker.agreement.ImplementationStatus;
import org.agreementtracker.agreement.StatusChange;
import org.agreementtracker.agreement.InstrumentType;
import org.agreementtracker.agreement.MemorandumSignature;
import org.agreementtracker.agreement.Reliability;
import org.agreementtracker.meeting.ActionItem;
import org.agreementtracker.meeting.Meeting;
import org.agreementtracker.training.Deliverable;
import org.agreementtracker.language.TaskNames;
import org.agreementtracker.meeting.MeetingService;
import org.agreementtracker.reporting.Deadline;
import org.agreementtracker.reporting.DeadlineService;
import org.agreementtracker.reporting.IndicatorService;
import org.agreementtracker.reporting.IndicatorValue;
import org.agreementtracker.reporting.OverdueItem;
import org.agreementtracker.reporting.Progress;
import org.agreementtracker.reporting.ProgressService;
import org.agreementtracker.shared.ForbiddenException;
import org.agreementtracker.shared.InvalidFormDataException;
import org.agreementtracker.shared.Parties;
import org.agreementtracker.shared.Viewer;
import org.agreementtracker.training.DeliverableService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Agreements", description = "Agreements, their progress, history and indicators")
@RestController
@RequestMapping("/api")
class AgreementApiController {

    private final AgreementService agreements;

    private final ImplementationService implementation;

    private final DeliverableService deliverables;

    private final MeetingService meetings;

    private final IndicatorService indicators;

    private final ProgressService progress;

    private final TaskService taskService;

    private final Parties parties;

    private final TaskNames taskNames;

    private final DeadlineService deadlines;

    private final VisibleAgreements visibleAgreements;

    AgreementApiController(AgreementService agreements, ImplementationService implementation,
            DeliverableService deliverables, MeetingService meetings, IndicatorService indicators,
            ProgressService progress, TaskService taskService, Parties parties, TaskNames taskNames,
            DeadlineService deadlines, VisibleAgreements visibleAgreements) {
        this.deadlines = deadlines;
        this.visibleAgreements = visibleAgreements;
        this.taskNames = taskNames;
        this.agreements = agreements;
        this.implementation = implementation;
        this.deliverables = deliverables;
        this.meetings = meetings;
        this.indicators = indicators;
        this.progress = progress;
        this.taskService = taskService;
        this.parties = parties;
    }

    /** One line of the agreement list. */
    record AgreementSummary(String id, String title, String instrumentType, AgreementStatus status, String leadParty,
            List<AgreementParty> parties, List<Area> areas, LocalDate finalTextDue, int commitments, Double score,
            Map<ImplementationStatus, Double> shareByStatus, long overdueItems, long openEscalations,
            Instant nextMeeting, String processInstanceId) {

    }

    @Operation(summary = "List the agreements you may see", description = "Filter by party code, area and status.")
    @GetMapping("/agreements")
    List<AgreementSummary> list(@RequestParam Optional<String> party, @RequestParam Optional<Area> area,
            @RequestParam Optional<AgreementStatus> status, HttpServletRequest request) {
        Viewer viewer = Viewer.of(request, this.parties);
        party.ifPresent(code -> {
            if (!this.parties.isKnown(code)) {
                throw new InvalidFormDataException(List.of("party must be one of " + this.parties.codes()));
            }
        });
        // A query or two for each figure, never one per agreement: the Cockpit dashboard
        // lists the whole portfolio.
        List<Agreement> visible = this.visibleAgreements.all(request);
        // Overdue counts every late deadline the agreement states, not only overdue
        // tasks.
        Map<String, Long> overdue = new java.util.HashMap<>();
        this.deadlines.of(visible)
            .forEach((agreementId, own) -> overdue.put(agreementId, own.stream().filter(Deadline::isLate).count()));
        Map<String, String> instances = this.agreements.processInstances();
        Map<String, Long> managerTasks = this.progress.openManagerTasks(instances);
        Map<Long, ImplementationStatus> statuses = this.implementation.commitmentStatuses();
        Map<String, Instant> nextMeetings = this.meetings.nextMeetings(ClockUtil.getCurrentTime().toInstant());
        List<AgreementSummary> summaries = new ArrayList<>();
        for (Agreement agreement : visible) {
            if (party.isPresent() && agreement.parties().stream().noneMatch(p -> party.get().equals(p.country()))
                    || area.isPresent() && !agreement.areas().contains(area.get())
                    || status.isPresent() && agreement.status() != status.get()) {
                continue;
            }
            Progress own = progressOf(agreement, statuses);
            summaries.add(new AgreementSummary(agreement.id(), agreement.title(), agreement.instrumentType().name(),
                    agreement.status(), agreement.leadParty(), agreement.parties(), List.copyOf(agreement.areas()),
                    agreement.finalTextDue().date(), agreement.commitments().size(), own.score(), own.shareByStatus(),
                    overdue.getOrDefault(agreement.id(), 0L), managerTasks.getOrDefault(agreement.id(), 0L),
                    nextMeetings.get(agreement.id()), instances.get(agreement.id())));
        }
        return summaries;
    }

    /**
     * An agreement whole: what it states, where it stands, and its open steps.
     *
     * @param currentSteps its open tasks, soonest due first
     * @param progress the share of its commitments at each level and its score
     * @param commitments each commitment with its level and the evidence behind it
     */
    record AgreementDetail(String id, String title, InstrumentType instrumentType, LocalDate dateSigned,
            AgreementStatus status, String leadParty, List<AgreementParty> parties, Set<Area> areas,
            org.agreementtracker.agreement.Deadline finalTextDue, LocalDate hardDeadline, int reviewRound,
            MemorandumSignature signature, LocalDate endDate, List<CurrentStep> currentSteps, Progress progress,
            List<CommitmentLine> commitments, List<Deliverable> deliverables, List<Meeting> meetings,
            List<ActionItem> actionItems, List<String> assumptions) {

    }

    /**
     * An open task of the agreement: its name in English, due date and who claimed it.
     */
    record CurrentStep(String id, String name, java.util.Date due, String assignee) {

    }

    /** A commitment with its level and, once assessed, the evidence behind it. */
    record CommitmentLine(Long id, int position, String text, Set<Area> areas, ImplementationStatus status,
            Evidence evidence) {

    }

    /** The latest approved assessment's evidence. */
    record Evidence(String ref, String source, Reliability reliability, String assessedBy, String reviewedBy) {

    }

    @Operation(summary = "An agreement with its commitments, deliverables, meetings and current step")
    @GetMapping("/agreements/{id}")
    AgreementDetail detail(@PathVariable String id, HttpServletRequest request) {
        Agreement agreement = visible(id, request);
        Map<Long, ImplementationStatus> statuses = this.implementation.commitmentStatuses(id);
        Map<Long, Assessment> evidence = this.implementation.currentEvidence(id);
        List<CommitmentLine> commitments = agreement.commitments().stream().map(commitment -> {
            Assessment assessment = evidence.get(commitment.id());
            return new CommitmentLine(commitment.id(), commitment.position(), commitment.text(), commitment.areas(),
                    statuses.getOrDefault(commitment.id(), ImplementationStatus.NOT_STARTED),
                    assessment == null ? null : new Evidence(assessment.evidenceRef(), assessment.evidenceSource(),
                            assessment.reliability(), assessment.assessedBy(), assessment.reviewedBy()));
        }).toList();
        List<CurrentStep> steps = this.taskService.createTaskQuery()
            .processInstanceBusinessKey(id)
            .orderByDueDate()
            .asc()
            .list()
            .stream()
            .map(task -> new CurrentStep(task.getId(), this.taskNames.english(task), task.getDueDate(),
                    task.getAssignee()))
            .toList();
        return new AgreementDetail(agreement.id(), agreement.title(), agreement.instrumentType(),
                agreement.dateSigned(), agreement.status(), agreement.leadParty(), agreement.parties(),
                agreement.areas(), agreement.finalTextDue(), agreement.hardDeadline(), agreement.reviewRound(),
                this.agreements.signature(id).orElse(null), this.implementation.endDate(id).orElse(null), steps,
                progressOf(agreement), commitments, this.deliverables.ofAgreement(id), this.meetings.meetings(id),
                this.meetings.actionItems(id), this.agreements.assumptions(id));
    }

    @Operation(summary = "The agreement's status history: every change, who and when",
            description = "Notes in the caller's language (her party's, else Accept-Language's); a reason a person "
                    + "typed stays as typed.")
    @GetMapping("/agreements/{id}/status-history")
    List<StatusChange> history(@PathVariable String id, HttpServletRequest request,
            @org.springframework.web.bind.annotation.RequestHeader(name = "Accept-Language",
                    required = false) String acceptLanguage) {
        visible(id, request);
        String language = this.visibleAgreements.language(request, acceptLanguage);
        return this.agreements.statusHistory(id)
            .stream()
            .map(change -> this.agreements.inLanguage(change, language))
            .toList();
    }

    @Operation(summary = "Indicator values and targets of an agreement")
    @GetMapping("/agreements/{id}/indicators")
    Map<String, Object> indicators(@PathVariable String id, HttpServletRequest request) {
        visible(id, request);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("values", this.indicators.values(id));
        body.put("targets", this.indicators.targets(id));
        return body;
    }

    @Operation(summary = "Report indicator values (the lead party's coordinators, managers)")
    @PostMapping(path = "/agreements/{id}/indicators", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<List<IndicatorValue>> report(@PathVariable String id, @RequestBody List<IndicatorValue> values,
            HttpServletRequest request) {
        Agreement agreement = visible(id, request);
        if (!(request.isUserInRole("managers") || request.isUserInRole("admins")
                || request.isUserInRole("coordinators-" + agreement.leadParty()))) {
            throw new ForbiddenException("Only the lead party's coordinators and managers report indicators");
        }
        if (values == null || values.isEmpty()) {
            throw new InvalidFormDataException(List.of("the body must be a list of at least one indicator value"));
        }
        this.indicators.report(id, values);
        return ResponseEntity.status(201).body(this.indicators.values(id));
    }

    @Operation(summary = "Progress roll-ups per agreement, area and party",
            description = "Share of commitments at each level and weighted score; asOf (YYYY-MM-DD) answers from the "
                    + "history as at the end of that day; format=csv for a spreadsheet.")
    @GetMapping("/progress")
    ResponseEntity<?> rollUps(@Parameter(description = "a past day, YYYY-MM-DD") @RequestParam Optional<LocalDate> asOf,
            @RequestParam(defaultValue = "json") String format, HttpServletRequest request) {
        Viewer viewer = Viewer.of(request, this.parties);
        Instant moment = asOf.map(day -> day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()).orElse(null);
        Map<String, List<Progress>> rollUps = this.progress
            .rollUps(agreement -> viewer.maySee(agreement.partyCountries()), moment);
        if ("csv".equalsIgnoreCase(format)) {
            return csv("progress", Csv.progress(rollUps));
        }
        requireJson(format);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("asOf", asOf.map(LocalDate::toString).orElse("now"));
        body.putAll(rollUps);
        return ResponseEntity.ok(body);
    }

    @Operation(summary = "What is overdue, most overdue first", description = "format=csv for a spreadsheet.")
    @GetMapping("/overdue")
    ResponseEntity<?> overdue(@RequestParam(defaultValue = "json") String format, HttpServletRequest request) {
        Viewer viewer = Viewer.of(request, this.parties);
        List<OverdueItem> items = this.progress.overdue(viewer::maySee);
        if ("csv".equalsIgnoreCase(format)) {
            return csv("overdue", Csv.overdue(items));
        }
        requireJson(format);
        return ResponseEntity.ok(items);
    }

    private Progress progressOf(Agreement agreement) {
        return progressOf(agreement, this.implementation.commitmentStatuses(agreement.id()));
    }

    private static Progress progressOf(Agreement agreement, Map<Long, ImplementationStatus> statuses) {
        List<ImplementationStatus> levels = agreement.commitments()
            .stream()
            .map(commitment -> statuses.getOrDefault(commitment.id(), ImplementationStatus.NOT_STARTED))
            .toList();
        return Progress.of(agreement.id(), agreement.title(), levels);
    }

    private Agreement visible(String id, HttpServletRequest request) {
        return this.visibleAgreements.get(id, request);
    }

    private static void requireJson(String format) {
        if (!"json".equalsIgnoreCase(format)) {
            throw new InvalidFormDataException(List.of("format must be json or csv, not '" + format + "'"));
        }
    }

    private static ResponseEntity<String> csv(String name, String body) {
        return ResponseEntity.ok()
            .header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"")
            .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
            .body(body);
    }

}
