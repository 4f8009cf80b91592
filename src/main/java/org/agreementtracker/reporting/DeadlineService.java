package org.agreementtracker.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.agreementtracker.agreement.Agreement;
import org.agreementtracker.agreement.AgreementService;
import org.agreementtracker.agreement.AgreementStatus;
import org.agreementtracker.agreement.ImplementationService;
import org.agreementtracker.language.TaskNames;
import org.agreementtracker.meeting.ActionItem;
import org.agreementtracker.meeting.Meeting;
import org.agreementtracker.meeting.MeetingService;
import org.agreementtracker.training.Deliverable;
import org.agreementtracker.training.DeliverableService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every deadline an agreement has, judged against the engine's clock, with the open steps
 * that would meet it; and the portfolio of late work and of who holds it.
 * <p>
 * Reads in bulk, never per agreement: each kind of record is one query for the whole
 * portfolio, because the Cockpit dashboard asks for all of it. Open tasks are read past
 * the engine's authorization: a coordinator is shown which other party holds her
 * agreement, never more than the task's name, holders and dates.
 */
@Service
@Transactional(readOnly = true)
public class DeadlineService {

    /** The negotiation's steps: any of them open means the final text is still owed. */
    private static final Set<String> NEGOTIATION_STEPS = Set.of("UserTask_DraftMemorandumText",
            "UserTask_ReviewMemorandumDraft", "UserTask_ReviseMemorandumDraft", "UserTask_DecideOnFurtherReviewRounds",
            "UserTask_EscalateOverdueMemorandum", "UserTask_DecideOnStalledNegotiation");

    private static final Set<AgreementStatus> NEGOTIATING = EnumSet.of(AgreementStatus.DRAFTING,
            AgreementStatus.UNDER_REVIEW, AgreementStatus.REVISING, AgreementStatus.AWAITING_DECISION);

    private static final Set<String> DELIVERABLE_STEPS = Set.of("UserTask_PlanDeliverable", "UserTask_ConfirmDelivery");

    private static final Set<String> MEETING_STEPS = Set.of("UserTask_ScheduleMeeting",
            "UserTask_RecordMeetingOutcomes");

    private final AgreementService agreements;

    private final ImplementationService implementation;

    private final DeliverableService deliverables;

    private final MeetingService meetings;

    private final TaskNames taskNames;

    private final DeadlineSettings settings;

    private final JdbcClient jdbc;

    private final Tables tables;

    DeadlineService(AgreementService agreements, ImplementationService implementation, DeliverableService deliverables,
            MeetingService meetings, ProcessEngine engine, TaskNames taskNames, DeadlineSettings settings,
            JdbcClient jdbc) {
        this.agreements = agreements;
        this.implementation = implementation;
        this.deliverables = deliverables;
        this.meetings = meetings;
        this.taskNames = taskNames;
        this.settings = settings;
        this.jdbc = jdbc;
        this.tables = Tables.of(engine.getManagementService());
    }

    /** The agreement's deadlines, late ones first (most late first), then by day. */
    public List<Deadline> of(Agreement agreement) {
        return of(List.of(agreement)).getOrDefault(agreement.id(), List.of());
    }

    /** The open steps of the agreement, longest held first. */
    public List<Step> openSteps(Agreement agreement) {
        return openWork(Set.of(agreement.id())).stepsByAgreement().getOrDefault(agreement.id(), List.of());
    }

    /**
     * The deadlines of these agreements, by agreement id, each list sorted as in
     * {@link #of(Agreement)}.
     */
    public Map<String, List<Deadline>> of(Collection<Agreement> agreementsToJudge) {
        return judge(agreementsToJudge, openWork(ids(agreementsToJudge)));
    }

    /**
     * The portfolio: per agreement its late and due-soon counts, next deadline and the
     * steps that hold it; per party and per area the late items and the steps held.
     * Agreements with the most late items come first.
     */
    public Portfolio portfolio(Collection<Agreement> visible) {
        OpenWork work = openWork(ids(visible));
        Map<String, List<Deadline>> deadlines = judge(visible, work);
        List<Portfolio.AgreementLine> lines = new ArrayList<>();
        Map<String, Portfolio.Tally.Builder> byParty = new LinkedHashMap<>();
        Map<String, Portfolio.Tally.Builder> byArea = new LinkedHashMap<>();
        Instant now = ClockUtil.getCurrentTime().toInstant();
        for (Agreement agreement : visible) {
            List<Deadline> own = deadlines.getOrDefault(agreement.id(), List.of());
            List<Step> steps = work.stepsByAgreement().getOrDefault(agreement.id(), List.of());
            List<Deadline> late = own.stream().filter(Deadline::isLate).toList();
            int dueSoon = (int) own.stream().filter(deadline -> deadline.lateness() == Lateness.DUE_SOON).count();
            Deadline next = own.stream()
                .filter(deadline -> !deadline.isLate())
                .min(Comparator.comparing(Deadline::due))
                .orElse(null);
            long mostDaysLate = late.stream().mapToLong(Deadline::daysLate).max().orElse(0);
            lines.add(new Portfolio.AgreementLine(agreement.id(), agreement.title(), agreement.status(),
                    agreement.leadParty(), late.size(), dueSoon, mostDaysLate, next, steps));
            for (Deadline deadline : late) {
                byParty.computeIfAbsent(deadline.owner(), Portfolio.Tally.Builder::new).late(deadline.daysLate());
            }
            for (var area : agreement.areas()) {
                Portfolio.Tally.Builder tally = byArea.computeIfAbsent(area.name(), Portfolio.Tally.Builder::new);
                late.forEach(deadline -> tally.late(deadline.daysLate()));
            }
            for (Step step : steps) {
                for (String party : step.parties()) {
                    byParty.computeIfAbsent(party, Portfolio.Tally.Builder::new).holds(step.since(), now);
                }
            }
        }
        lines.sort(Comparator.comparingInt(Portfolio.AgreementLine::late)
            .thenComparingLong(Portfolio.AgreementLine::mostDaysLate)
            .reversed()
            .thenComparing(Portfolio.AgreementLine::id));
        Comparator<Portfolio.Tally> worstFirst = Comparator.comparingInt(Portfolio.Tally::late)
            .thenComparingLong(Portfolio.Tally::mostDaysLate)
            .reversed()
            .thenComparing(Portfolio.Tally::key);
        return new Portfolio(lines,
                byParty.values().stream().map(Portfolio.Tally.Builder::build).sorted(worstFirst).toList(),
                byArea.values().stream().map(Portfolio.Tally.Builder::build).sorted(worstFirst).toList());
    }

    private Map<String, List<Deadline>> judge(Collection<Agreement> agreementsToJudge, OpenWork work) {
        Set<String> ids = ids(agreementsToJudge);
        LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneOffset.UTC);
        // One agreement (its page, its Cockpit tab) reads its own rows; a portfolio all.
        String only = ids.size() == 1 ? ids.iterator().next() : null;
        Map<String, LocalDate> endDates = new HashMap<>();
        if (only == null) {
            endDates.putAll(this.implementation.endDates());
        }
        else {
            this.implementation.endDate(only).ifPresent(end -> endDates.put(only, end));
        }
        Map<String, List<Deliverable>> openDeliverables = byAgreement(this.deliverables.notDelivered(only),
                Deliverable::agreementId, ids);
        Map<String, List<ActionItem>> openActionItems = byAgreement(this.meetings.openActionItems(only),
                ActionItem::agreementId, ids);
        Map<String, List<Meeting>> nextMeetings = byAgreement(this.meetings.nextNotHeld(only), Meeting::agreementId,
                ids);
        Map<String, List<Deadline>> result = new HashMap<>();
        for (Agreement agreement : agreementsToJudge) {
            Judge judge = new Judge(agreement, today, work);
            AgreementStatus status = agreement.status();
            if (NEGOTIATING.contains(status)) {
                List<Step> negotiation = judge.steps(step -> NEGOTIATION_STEPS.contains(step.taskKey()));
                judge.add(DeadlineKind.FINAL_TEXT, null, agreement.finalTextDue().stated(),
                        agreement.finalTextDue().date(), agreement.leadParty(), negotiation);
                judge.add(DeadlineKind.HARD_DEADLINE, null, null, agreement.hardDeadline(), agreement.leadParty(),
                        negotiation);
            }
            if (!status.isEnded()) {
                for (Step sign : judge.steps(step -> "UserTask_SignMemorandum".equals(step.taskKey()))) {
                    if (sign.due() != null) {
                        judge.add(DeadlineKind.SIGNATURE, null, null, day(sign.due()), agreement.leadParty(),
                                List.of(sign));
                    }
                }
                for (Deliverable deliverable : openDeliverables.getOrDefault(agreement.id(), List.of())) {
                    judge.add(DeadlineKind.DELIVERABLE, deliverable.title(), null, deliverable.dueDate(),
                            deliverable.ownerParty(),
                            judge.linked("deliverableId", deliverable.id(), DELIVERABLE_STEPS, "DELIVERABLE"));
                }
                for (ActionItem item : openActionItems.getOrDefault(agreement.id(), List.of())) {
                    judge.add(DeadlineKind.ACTION_ITEM, item.description(), null, item.dueDate(), item.ownerParty(),
                            judge.linked("actionItemId", item.id(), Set.of("UserTask_CompleteActionItem"),
                                    "ACTION_ITEM"));
                }
                for (Meeting meeting : nextMeetings.getOrDefault(agreement.id(), List.of())) {
                    Instant when = meeting.scheduledFor() != null ? meeting.scheduledFor() : meeting.plannedFor();
                    if (when != null) {
                        judge.add(DeadlineKind.MEETING, meeting.level().name(), null, day(when), agreement.leadParty(),
                                judge.linked("meetingId", meeting.id(), MEETING_STEPS, null));
                    }
                }
                List<Step> reports = judge.steps(step -> "UserTask_ReportIndicatorValues".equals(step.taskKey()));
                if (!reports.isEmpty() && reports.get(0).due() != null) {
                    judge.add(DeadlineKind.INDICATOR_REPORT, null, null, day(reports.get(0).due()),
                            agreement.leadParty(), reports);
                }
                else if (work.nextReports().containsKey(agreement.id())) {
                    judge.add(DeadlineKind.INDICATOR_REPORT, null, null, day(work.nextReports().get(agreement.id())),
                            agreement.leadParty(), List.of());
                }
                LocalDate end = endDates.get(agreement.id());
                if (end != null) {
                    judge.add(DeadlineKind.END_DATE, null, null, end, agreement.leadParty(),
                            judge.steps(step -> "UserTask_FinalImplementationReview".equals(step.taskKey())));
                }
                judge.addUnclaimedSteps();
            }
            result.put(agreement.id(), judge.sorted());
        }
        return result;
    }

    /** Judges one agreement's deadlines; remembers which steps already answer one. */
    private final class Judge {

        private final Agreement agreement;

        private final LocalDate today;

        private final OpenWork work;

        private final List<Step> steps;

        private final Set<String> claimed = new HashSet<>();

        private final List<Deadline> deadlines = new ArrayList<>();

        Judge(Agreement agreement, LocalDate today, OpenWork work) {
            this.agreement = agreement;
            this.today = today;
            this.work = work;
            this.steps = work.stepsByAgreement().getOrDefault(agreement.id(), List.of());
        }

        List<Step> steps(java.util.function.Predicate<Step> which) {
            return this.steps.stream().filter(which).toList();
        }

        /**
         * The steps of the instances that carry this record's id, and the escalations of
         * it.
         */
        List<Step> linked(String variable, long id, Set<String> taskKeys, String escalatedKind) {
            return steps(step -> {
                Map<String, Object> variables = this.work.variablesOfTask().getOrDefault(step.taskId(), Map.of());
                if (taskKeys.contains(step.taskKey())) {
                    return matches(variables.get(variable), id);
                }
                return escalatedKind != null && escalatedKind.equals(variables.get("itemKind"))
                        && matches(variables.get("itemId"), id);
            });
        }

        void add(DeadlineKind kind, String subject, String stated, LocalDate due, String owner, List<Step> by) {
            Lateness lateness = Lateness.of(due, this.today, DeadlineService.this.settings.dueSoon());
            long daysLate = lateness == Lateness.LATE ? ChronoUnit.DAYS.between(due, this.today) : 0;
            this.deadlines
                .add(new Deadline(this.agreement.id(), kind, subject, stated, due, lateness, daysLate, owner, by));
            by.forEach(step -> this.claimed.add(step.taskId()));
        }

        /** A step with a due date that answers no other deadline is one itself. */
        void addUnclaimedSteps() {
            for (Step step : this.steps) {
                if (step.due() != null && !this.claimed.contains(step.taskId())) {
                    String owner = step.parties().isEmpty()
                            ? (step.holders().isEmpty() ? this.agreement.leadParty() : step.holders().get(0))
                            : step.parties().get(0);
                    add(DeadlineKind.TASK, step.name(), null, day(step.due()), owner, List.of(step));
                }
            }
        }

        List<Deadline> sorted() {
            this.deadlines.sort(Comparator.comparingLong(Deadline::daysLate)
                .reversed()
                .thenComparing(Deadline::due)
                .thenComparing(Deadline::kind));
            return List.copyOf(this.deadlines);
        }

    }

    private static boolean matches(Object value, long id) {
        return value instanceof Number number && number.longValue() == id;
    }

    /**
     * The open tasks of these agreements with their holders and the ids their instances
     * carry, and each agreement's next indicator report timer.
     * <p>
     * Read with four plain queries of the engine's runtime tables (names as the engine
     * gives them) rather than its API: the API builds a whole entity per task and asks
     * per candidate group, which took most of the portfolio's time at 2,000 agreements
     * (docs/benchmarks.md). Nothing is written here.
     */
    private OpenWork openWork(Set<String> agreementIds) {
        String tasks = this.tables.tasks();
        String executions = this.tables.executions();
        String links = this.tables.links();
        String variables = this.tables.variables();
        String jobs = this.tables.jobs();
        if (agreementIds.isEmpty()) {
            return new OpenWork(Map.of(), Map.of(), Map.of());
        }
        // A party's few agreements are named; a whole portfolio is read whole.
        boolean few = agreementIds.size() <= 1000;
        String filter = few ? " and e.BUSINESS_KEY_ in (:agreements)" : "";
        Map<String, Object> params = few ? Map.of("agreements", agreementIds) : Map.of();

        Map<String, List<String>> holders = new HashMap<>();
        this.jdbc
            .sql("select l.TASK_ID_, l.GROUP_ID_ from " + links + " l join " + tasks + " t on t.ID_ = l.TASK_ID_"
                    + " join " + executions + " e on e.ID_ = t.PROC_INST_ID_"
                    + " where l.TYPE_ = 'candidate' and l.GROUP_ID_ is not null" + filter + " order by l.GROUP_ID_")
            .params(params)
            .query((rs, row) -> Map.entry(rs.getString(1), rs.getString(2)))
            .list()
            .forEach(link -> holders.computeIfAbsent(link.getKey(), key -> new ArrayList<>()).add(link.getValue()));

        Map<String, Map<String, Object>> variablesOfInstance = new HashMap<>();
        this.jdbc
            .sql("select v.PROC_INST_ID_, v.NAME_, v.LONG_, v.TEXT_ from " + variables + " v join " + executions
                    + " e on e.ID_ = v.PROC_INST_ID_ where v.EXECUTION_ID_ = v.PROC_INST_ID_"
                    + " and v.NAME_ in ('deliverableId', 'actionItemId', 'meetingId', 'itemKind', 'itemId')" + filter)
            .params(params)
            .query((rs, row) -> {
                long number = rs.getLong(3);
                Object value = rs.wasNull() ? rs.getString(4) : (Object) number;
                return Map.entry(rs.getString(1), Map.entry(rs.getString(2), value == null ? "" : value));
            })
            .list()
            .forEach(variable -> variablesOfInstance.computeIfAbsent(variable.getKey(), key -> new HashMap<>())
                .put(variable.getValue().getKey(), variable.getValue().getValue()));

        Map<String, List<Step>> stepsByAgreement = new HashMap<>();
        Map<String, Map<String, Object>> variablesOfTask = new HashMap<>();
        this.jdbc
            .sql("select t.ID_, t.PROC_INST_ID_, t.PROC_DEF_ID_, t.TASK_DEF_KEY_, t.NAME_, t.ASSIGNEE_,"
                    + " t.CREATE_TIME_, t.DUE_DATE_, e.BUSINESS_KEY_ from " + tasks + " t join " + executions
                    + " e on e.ID_ = t.PROC_INST_ID_ where e.BUSINESS_KEY_ is not null" + filter
                    + " order by t.CREATE_TIME_, t.ID_")
            .params(params)
            .query((rs, row) -> {
                String agreementId = rs.getString(9);
                if (!agreementIds.contains(agreementId)) {
                    return null;
                }
                String taskId = rs.getString(1);
                variablesOfTask.put(taskId, variablesOfInstance.getOrDefault(rs.getString(2), Map.of()));
                java.sql.Timestamp due = rs.getTimestamp(8);
                Step step = new Step(taskId, rs.getString(4),
                        this.taskNames.english(rs.getString(3), rs.getString(4), rs.getString(5)),
                        holders.getOrDefault(taskId, List.of()), rs.getString(6), rs.getTimestamp(7).toInstant(),
                        due == null ? null : due.toInstant());
                stepsByAgreement.computeIfAbsent(agreementId, key -> new ArrayList<>()).add(step);
                return step;
            })
            .list();

        Map<String, Instant> nextReports = new HashMap<>();
        this.jdbc
            .sql("select e.BUSINESS_KEY_, min(j.DUEDATE_) from " + jobs + " j join " + executions
                    + " e on e.ID_ = j.PROCESS_INSTANCE_ID_ where j.TYPE_ = 'timer'"
                    + " and j.PROCESS_DEF_KEY_ = 'indicator-reporting' and j.DUEDATE_ is not null" + filter
                    + " group by e.BUSINESS_KEY_")
            .params(params)
            .query((rs, row) -> Map.entry(rs.getString(1), rs.getTimestamp(2).toInstant()))
            .list()
            .forEach(timer -> {
                if (agreementIds.contains(timer.getKey())) {
                    nextReports.put(timer.getKey(), timer.getValue());
                }
            });
        return new OpenWork(stepsByAgreement, variablesOfTask, nextReports);
    }

    /** The engine's runtime tables, with its prefix, as the engine names them. */
    private record Tables(String tasks, String executions, String links, String variables, String jobs) {

        /**
         * Asked at start: the engine answers only an administrator once users are about.
         */
        static Tables of(ManagementService management) {
            return new Tables(management.getTableName(TaskEntity.class), management.getTableName(ExecutionEntity.class),
                    management.getTableName(IdentityLinkEntity.class),
                    management.getTableName(VariableInstanceEntity.class), management.getTableName(JobEntity.class));
        }

    }

    private record OpenWork(Map<String, List<Step>> stepsByAgreement, Map<String, Map<String, Object>> variablesOfTask,
            Map<String, Instant> nextReports) {
    }

    private static <T> Map<String, List<T>> byAgreement(List<T> items, Function<T, String> agreementOf,
            Set<String> ids) {
        Map<String, List<T>> grouped = new HashMap<>();
        for (T item : items) {
            String id = agreementOf.apply(item);
            if (ids.contains(id)) {
                grouped.computeIfAbsent(id, key -> new ArrayList<>()).add(item);
            }
        }
        return grouped;
    }

    private static Set<String> ids(Collection<Agreement> agreements) {
        Set<String> ids = new HashSet<>();
        agreements.forEach(agreement -> ids.add(agreement.id()));
        return ids;
    }

    private static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }

}
