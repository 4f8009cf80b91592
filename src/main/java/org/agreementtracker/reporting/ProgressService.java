package org.agreementtracker.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.agreementtracker.agreement.AgreementOutline;
import org.agreementtracker.agreement.AgreementService;
import org.agreementtracker.agreement.AgreementStatus;
import org.agreementtracker.agreement.Area;
import org.agreementtracker.agreement.ImplementationService;
import org.agreementtracker.agreement.ImplementationStatus;
import org.agreementtracker.language.TaskNames;
import org.agreementtracker.meeting.ActionItem;
import org.agreementtracker.meeting.MeetingService;
import org.agreementtracker.shared.Parties;
import org.agreementtracker.training.Deliverable;
import org.agreementtracker.training.DeliverableService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Progress of agreements: per commitment, rolled up per agreement, per area and per
 * party, now or as of a past moment (from the append-only history), and what is overdue.
 */
@Service
@Transactional(readOnly = true)
public class ProgressService {

    private final AgreementService agreements;

    private final ImplementationService implementation;

    private final DeliverableService deliverables;

    private final MeetingService meetings;

    private final TaskService taskService;

    private final RuntimeService runtimeService;

    private final Parties parties;

    private final TaskNames taskNames;

    ProgressService(AgreementService agreements, ImplementationService implementation, DeliverableService deliverables,
            MeetingService meetings, TaskService taskService, RuntimeService runtimeService, Parties parties,
            TaskNames taskNames) {
        this.taskNames = taskNames;
        this.agreements = agreements;
        this.implementation = implementation;
        this.deliverables = deliverables;
        this.meetings = meetings;
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.parties = parties;
    }

    /**
     * Roll-ups per agreement, per area and per party, of the agreements that pass the
     * filter, now ({@code asOf} null) or at a past moment. Reads every agreement in
     * outline only, and a past moment's statuses in one query for all: the roll-up over
     * 2,000 of them must stay fast.
     */
    public Map<String, List<Progress>> rollUps(Predicate<AgreementOutline> visible, Instant asOf) {
        OffsetDateTime moment = asOf == null ? null : OffsetDateTime.ofInstant(asOf, ZoneOffset.UTC);
        Map<String, AgreementStatus> statusesThen = asOf == null ? null : this.agreements.statusesAsOf(moment);
        Map<Long, ImplementationStatus> then = asOf == null ? null : this.implementation.commitmentStatusesAsOf(moment);
        // One pass: each commitment's status joins the lists of its agreement, of the
        // areas it serves and of its agreement's party countries.
        Map<String, List<ImplementationStatus>> byAgreement = new HashMap<>();
        Map<String, List<ImplementationStatus>> byArea = new HashMap<>();
        Map<String, List<ImplementationStatus>> byParty = new HashMap<>();
        Map<String, String> titles = new HashMap<>();
        for (AgreementOutline agreement : this.agreements.outlines()) {
            if (agreement.commitments().isEmpty() || !visible.test(agreement)
                    || (statusesThen != null && !statusesThen.containsKey(agreement.id()))) {
                continue;
            }
            List<ImplementationStatus> statuses = new ArrayList<>(agreement.commitments().size());
            for (AgreementOutline.CommitmentOutline commitment : agreement.commitments()) {
                ImplementationStatus status = then == null ? commitment.status()
                        : then.getOrDefault(commitment.id(), ImplementationStatus.NOT_STARTED);
                statuses.add(status);
                if (commitment.areas().isEmpty()) {
                    add(byArea, Area.OTHER.name(), status);
                }
                commitment.areas().forEach(area -> add(byArea, area.name(), status));
            }
            byAgreement.put(agreement.id(), statuses);
            titles.put(agreement.id(), agreement.title());
            for (String country : Set.copyOf(agreement.partyCountries())) {
                byParty.computeIfAbsent(country, key -> new ArrayList<>()).addAll(statuses);
            }
        }
        Map<String, List<Progress>> rollUps = new LinkedHashMap<>();
        rollUps.put("agreements", progress(byAgreement, titles::get));
        rollUps.put("areas", progress(byArea, area -> Area.valueOf(area).label()));
        rollUps.put("parties",
                progress(byParty, code -> this.parties.find(code).map(Parties.Party::name).orElse(code)));
        return rollUps;
    }

    private static void add(Map<String, List<ImplementationStatus>> groups, String key, ImplementationStatus status) {
        groups.computeIfAbsent(key, ignored -> new ArrayList<>()).add(status);
    }

    /** One line per group, by key. */
    private static List<Progress> progress(Map<String, List<ImplementationStatus>> groups,
            Function<String, String> label) {
        return groups.entrySet()
            .stream()
            .sorted(Map.Entry.comparingByKey())
            .map(group -> Progress.of(group.getKey(), label.apply(group.getKey()), group.getValue()))
            .toList();
    }

    /**
     * What is past its due date: tasks, deliverables not delivered, action items not
     * done, in the agreements whose parties' countries pass the filter.
     */
    public List<OverdueItem> overdue(Predicate<List<String>> visibleParties) {
        // Collected first and filtered after: only the agreements of late items are read,
        // and reading every agreement was most of this list's time at 2,000 agreements
        // (docs/benchmarks.md).
        List<OverdueItem> items = overdueIn(agreementId -> true);
        Map<String, List<String>> countries = this.agreements
            .partyCountries(items.stream().map(OverdueItem::agreementId).collect(Collectors.toSet()));
        return items.stream()
            .filter(item -> countries.containsKey(item.agreementId())
                    && visibleParties.test(countries.get(item.agreementId())))
            .toList();
    }

    /** What is past its due date in these agreements, by id. */
    public List<OverdueItem> overdue(Set<String> ids) {
        return overdueIn(ids::contains);
    }

    private List<OverdueItem> overdueIn(Predicate<String> agreementIds) {
        Instant now = ClockUtil.getCurrentTime().toInstant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        List<OverdueItem> items = new ArrayList<>();
        List<Task> tasks = this.taskService.createTaskQuery().dueBefore(java.util.Date.from(now)).list();
        Map<String, String> businessKeys = businessKeys(tasks);
        for (Task task : tasks) {
            String agreementId = businessKeys.get(task.getProcessInstanceId());
            if (agreementId != null && agreementIds.test(agreementId)) {
                LocalDate due = LocalDate.ofInstant(task.getDueDate().toInstant(), ZoneOffset.UTC);
                items.add(new OverdueItem(agreementId, "TASK", this.taskNames.english(task), task.getAssignee(), due,
                        ChronoUnit.DAYS.between(task.getDueDate().toInstant(), now)));
            }
        }
        for (Deliverable deliverable : this.deliverables.notDeliveredBefore(today)) {
            if (agreementIds.test(deliverable.agreementId())) {
                items.add(new OverdueItem(deliverable.agreementId(), "DELIVERABLE", deliverable.title(),
                        deliverable.ownerParty(), deliverable.dueDate(),
                        ChronoUnit.DAYS.between(deliverable.dueDate(), today)));
            }
        }
        for (ActionItem item : this.meetings.openActionItemsDueBefore(today)) {
            if (agreementIds.test(item.agreementId())) {
                items.add(new OverdueItem(item.agreementId(), "ACTION_ITEM", item.description(), item.ownerParty(),
                        item.dueDate(), ChronoUnit.DAYS.between(item.dueDate(), today)));
            }
        }
        items.sort(Comparator.comparingLong(OverdueItem::daysLate).reversed());
        return items;
    }

    /**
     * The open tasks for managers (escalations, decisions, final reviews) that the caller
     * may see, counted per agreement: two queries, however many agreements there are.
     * @param lifecycles each agreement's lifecycle instance, by agreement id
     */
    public Map<String, Long> openManagerTasks(Map<String, String> lifecycles) {
        List<Task> tasks = this.taskService.createTaskQuery().taskCandidateGroup("managers").list();
        Map<String, String> businessKeys = businessKeys(tasks);
        // A coordinator may see a task they share with managers (the final
        // review) but not its process instance; our tables know the lifecycles.
        if (businessKeys.size() < tasks.size()) {
            lifecycles.forEach((agreementId, instanceId) -> businessKeys.putIfAbsent(instanceId, agreementId));
        }
        return tasks.stream()
            .map(task -> businessKeys.get(task.getProcessInstanceId()))
            .filter(Objects::nonNull)
            .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    /**
     * The business keys (agreement ids) of the tasks' process instances, in one query.
     */
    private Map<String, String> businessKeys(List<Task> tasks) {
        Map<String, String> businessKeys = new HashMap<>();
        Set<String> instanceIds = tasks.stream()
            .map(Task::getProcessInstanceId)
            .filter(Objects::nonNull)
            .collect(Collectors.toSet());
        if (!instanceIds.isEmpty()) {
            for (ProcessInstance instance : this.runtimeService.createProcessInstanceQuery()
                .processInstanceIds(instanceIds)
                .list()) {
                if (instance.getBusinessKey() != null) {
                    businessKeys.put(instance.getId(), instance.getBusinessKey());
                }
            }
        }
        return businessKeys;
    }

}
