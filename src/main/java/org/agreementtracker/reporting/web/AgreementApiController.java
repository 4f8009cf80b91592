package org.agreementtracker.reporting.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
import org.camunda.bpm.engine.task.Task;

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

    @Operation(summary = "An agreement with its commitments, deliverables, meetings and current step")
    @GetMapping("/agreements/{id}")
    Map<String, Object> detail(@PathVariable String id, HttpServletRequest request) {
        Agreement agreement = visible(id, request);
        Map<Long, ImplementationStatus> statuses = this.implementation.commitmentStatuses(id);
        Map<Long, Assessment> evidence = this.implementation.currentEvidence(id);
        List<Map<String, Object>> commitments = new ArrayList<>();
        agreement.commitments().forEach(commitment -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", commitment.id());
            row.put("position", commitment.position());
            row.put("text", commitment.text());
            row.put("areas", commitment.areas());
            row.put("status", statuses.getOrDefault(commitment.id(), ImplementationStatus.NOT_STARTED));
            Assessment assessment = evidence.get(commitment.id());
            if (assessment != null) {
                row.put("evidence",
                        Map.of("ref", assessment.evidenceRef(), "source", assessment.evidenceSource(), "reliability",
                                assessment.reliability(), "assessedBy", assessment.assessedBy(), "reviewedBy",
                                String.valueOf(assessment.reviewedBy())));
            }
            commitments.add(row);
        });
        List<Map<String, Object>> openTasks = new ArrayList<>();
        for (Task task : this.taskService.createTaskQuery()
            .processInstanceBusinessKey(id)
            .orderByDueDate()
            .asc()
            .list()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", task.getId());
            row.put("name", this.taskNames.english(task));
            row.put("due", task.getDueDate());
            row.put("assignee", task.getAssignee());
            openTasks.add(row);
        }
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("id", agreement.id());
        detail.put("title", agreement.title());
        detail.put("instrumentType", agreement.instrumentType());
        detail.put("dateSigned", agreement.dateSigned());
        detail.put("status", agreement.status());
        detail.put("leadParty", agreement.leadParty());
        detail.put("parties", agreement.parties());
        detail.put("areas", agreement.areas());
        detail.put("finalTextDue", agreement.finalTextDue());
        detail.put("hardDeadline", agreement.hardDeadline());
        detail.put("reviewRound", agreement.reviewRound());
        detail.put("signature", this.agreements.signature(id).orElse(null));
        detail.put("endDate", this.implementation.endDate(id).orElse(null));
        detail.put("currentSteps", openTasks);
        detail.put("progress", progressOf(agreement));
        detail.put("commitments", commitments);
        detail.put("deliverables", this.deliverables.ofAgreement(id));
        detail.put("meetings", this.meetings.meetings(id));
        detail.put("actionItems", this.meetings.actionItems(id));
        detail.put("assumptions", this.agreements.assumptions(id));
        return detail;
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
