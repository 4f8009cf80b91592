package org.agreementtracker.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;
import java.util.function.IntUnaryOperator;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.agreementtracker.agreement.process.JointStatements;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.awaitility.Awaitility.await;

/**
 * What our processes, delegates and tables cost above the bare engine, in the same engine
 * and database: a reference process (start, one user task, end) and a reference timer
 * against the real agreement lifecycle and its overdue reminders. Production settings
 * (history {@code full}, authorization checks, durable commits, the job executor on);
 * only the database directory is a throw-away one and overdue reminders are due at once.
 */
@SpringBootTest(
        properties = { "camunda.bpm.job-execution.enabled=true", "agreement-tracker.embedded-database.durable=true",
                "agreement-tracker.lifecycle.first-overdue-reminder-delay=PT0S",
                "agreement-tracker.embedded-database.server-settings[shared_preload_libraries]=pg_stat_statements" })
class EngineThroughputBenchmark {

    private static final int REFERENCE_INSTANCES = 400;

    private static final int AGREEMENTS = 100;

    /** Turns each side takes; 20 agreements a turn keep 4 threads busy to the end. */
    private static final int ROUNDS = 5;

    private static final int TIMERS = 300;

    /**
     * A drain takes two to four seconds: four turns each keep one slow second from
     * deciding.
     */
    private static final int TIMER_ROUNDS = 4;

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    private static final Instant MIDNIGHT = today().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();

    @Autowired
    ProcessEngine engine;

    @Autowired
    DataSource dataSource;

    private StatementProfile profile;

    @Test
    void measureOursAgainstTheReference() throws Exception {
        deployReferenceModels();
        BenchmarkResults results = new BenchmarkResults("throughput");
        warmUp();
        this.profile = new StatementProfile(new JdbcTemplate(this.dataSource));

        Run reference = Run.NONE;
        Run ours = Run.NONE;
        Run reference4 = Run.NONE;
        Run ours4 = Run.NONE;
        // Taking turns, so that what slows the machine for a while (the JIT compiler,
        // autovacuum, a neighbour on the host) slows both sides alike.
        for (int round = 0; round < ROUNDS; round++) {
            reference = reference.plus(run(REFERENCE_INSTANCES / ROUNDS, 1, i -> referenceInstance()));
            ours = ours.plus(run(AGREEMENTS / ROUNDS, 1,
                    i -> agreementThroughImplementation(JointStatements.uniqueId("BENCH-1T"))));
        }
        for (int round = 0; round < ROUNDS; round++) {
            reference4 = reference4.plus(run(REFERENCE_INSTANCES / ROUNDS, 4, i -> referenceInstance()));
            ours4 = ours4.plus(run(AGREEMENTS / ROUNDS, 4,
                    i -> agreementThroughImplementation(JointStatements.uniqueId("BENCH-4T"))));
        }
        results.put("reference.instancesPerSecond.1thread", reference.itemsPerSecond());
        results.put("reference.tasksPerSecond.1thread", reference.tasksPerSecond());
        results.put("reference.tasksPerSecond.4threads", reference4.tasksPerSecond());
        results.put("reference.stepsPerSecond.1thread", reference.stepsPerSecond());
        results.put("reference.stepsPerSecond.4threads", reference4.stepsPerSecond());

        results.put("ours.stepsPerAgreement", ours.steps() / (double) ours.count());
        results.put("ours.agreementsPerMinute.1thread", ours.itemsPerSecond() * 60);
        results.put("ours.agreementsPerMinute.4threads", ours4.itemsPerSecond() * 60);
        results.put("ours.tasksPerSecond.1thread", ours.tasksPerSecond());
        results.put("ours.tasksPerSecond.4threads", ours4.tasksPerSecond());
        results.put("ours.stepsPerSecond.1thread", ours.stepsPerSecond());
        results.put("ours.stepsPerSecond.4threads", ours4.stepsPerSecond());
        // The figure: each side's whole work per task it completes. A
        // reference task carries the start of its instance; twelve of ours share an
        // agreement's start.
        results.put("ratio.costPerTask.1thread", reference.tasksPerSecond() / ours.tasksPerSecond());
        results.put("ratio.costPerTask.4threads", reference4.tasksPerSecond() / ours4.tasksPerSecond());
        // The stricter figure: a start against a start, a completion against
        // a completion.
        results.put("ratio.costPerStep.1thread", reference.stepsPerSecond() / ours.stepsPerSecond());
        results.put("ratio.costPerStep.4threads", reference4.stepsPerSecond() / ours4.stepsPerSecond());
        putCpu(results, "reference", "1thread", reference);
        putCpu(results, "reference", "4threads", reference4);
        putCpu(results, "ours", "1thread", ours);
        putCpu(results, "ours", "4threads", ours4);

        // Statements do not depend on timing: counted in a pass of their own.
        this.profile.reset();
        Run counted = run(REFERENCE_INSTANCES / ROUNDS, 1, i -> referenceInstance());
        results.put("reference.statementsPerStep", this.profile.statements() / (double) counted.steps());
        this.profile.write("reference", counted.steps());
        this.profile.reset();
        counted = run(AGREEMENTS / ROUNDS, 1,
                i -> agreementThroughImplementation(JointStatements.uniqueId("BENCH-SQL")));
        results.put("ours.statementsPerStep", this.profile.statements() / (double) counted.steps());
        this.profile.write("ours", counted.steps());
        writeVariables("ours", "BENCH-SQL", AGREEMENTS / ROUNDS);

        // A drain of the reference takes two or three seconds: turns here too.
        Drain referenceTimers = Drain.NONE;
        Drain ourTimers = Drain.NONE;
        for (int round = 0; round < TIMER_ROUNDS; round++) {
            referenceTimers = referenceTimers.plus(drainTimers("IntermediateCatchEvent_Wait", TIMERS,
                    i -> this.engine.getRuntimeService().startProcessInstanceByKey("bench-timer")));
            if (round == 0) {
                results.put("reference.statementsPerTimerJob", this.profile.statements() / (double) TIMERS);
                this.profile.write("reference-timers", TIMERS);
            }
            ourTimers = ourTimers.plus(drainTimers("StartEvent_FinalTextOverdue", TIMERS,
                    i -> agreementDueToday(JointStatements.uniqueId("BENCH-OVERDUE"))));
            if (round == 0) {
                results.put("ours.statementsPerReminderJob", this.profile.statements() / (double) TIMERS);
                this.profile.write("ours-reminders", TIMERS);
                writeVariables("ours-reminders", "BENCH-OVERDUE", TIMERS);
            }
        }
        results.put("reference.timerJobsPerSecond", referenceTimers.jobsPerSecond());
        results.put("ours.reminderJobsPerSecond", ourTimers.jobsPerSecond());
        results.put("ratio.timerRate", ourTimers.jobsPerSecond() / referenceTimers.jobsPerSecond());
        putCpu(results, "reference", "timers", referenceTimers);
        putCpu(results, "ours", "reminders", ourTimers);
        System.out.println("Besides the drains' own jobs, the job log shows: reference " + referenceTimers.besides()
                + ", ours " + ourTimers.besides());
        results.write();
    }

    /**
     * Which variables the engine kept (their history rows) for the agreements whose id
     * starts with that prefix, by process and name, per agreement: what a step's variable
     * statements are made of.
     */
    private void writeVariables(String phase, String idPrefix, int agreements) {
        List<Map<String, Object>> rows = new JdbcTemplate(this.dataSource).queryForList(
                "select v.proc_def_key_ as process, v.name_ as name, count(*) as rows from act_hi_varinst v "
                        + "join act_hi_procinst p on p.id_ = v.root_proc_inst_id_ where p.business_key_ like ? "
                        + "group by v.proc_def_key_, v.name_ order by count(*) desc, v.proc_def_key_, v.name_",
                idPrefix + "%");
        long total = rows.stream().mapToLong(row -> ((Number) row.get("rows")).longValue()).sum();
        StringBuilder text = new StringBuilder(String.format("%s: %d variables for %d agreements (%.1f each)%n%n",
                phase, total, agreements, total / (double) agreements));
        text.append(String.format("%10s  %-28s %s%n", "per agr.", "process", "variable"));
        for (Map<String, Object> row : rows) {
            text.append(String.format("%10.2f  %-28s %s%n",
                    ((Number) row.get("rows")).longValue() / (double) agreements, row.get("process"), row.get("name")));
        }
        try {
            Path file = BenchmarkResults.FILE.resolveSibling("variables-" + phase + ".txt");
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private void warmUp() throws Exception {
        run(50, 1, i -> referenceInstance());
        run(10, 1, i -> agreementThroughImplementation(JointStatements.uniqueId("BENCH-WARM")));
    }

    /**
     * Starting counts as a step, like completing a task. The task is found, and who acts
     * chosen, the way {@link #complete} does it for ours: the same queries on both sides.
     */
    private int referenceInstance() {
        AtomicReference<String> instance = new AtomicReference<>();
        as("coordinator-us", () -> instance
            .set(this.engine.getRuntimeService().startProcessInstanceByKey("bench-reference").getId()));
        Task task = this.engine.getTaskService().createTaskQuery().processInstanceId(instance.get()).singleResult();
        completeAsItsGroup(task, Map.of("note", "done"));
        return 2;
    }

    /**
     * The real path with realistic form data: record, draft, every party's review,
     * signature; then for every commitment its deliverables planned (one training each),
     * the training planned, the implementation assessed and the assessment reviewed.
     * @return the steps taken: the start and every task completed
     */
    private int agreementThroughImplementation(String id) {
        as("coordinator-us", () -> recordJointStatement(id, JointStatements.bilateral()));
        int steps = 1;
        steps += complete(id, "UserTask_DraftMemorandumText", Map.of("draftDocumentRef",
                "docs://moc/" + id + "/draft-1", "draftSummary", "Text agreed at the working-level meeting"));
        steps += complete(id, "UserTask_ReviewMemorandumDraft",
                Map.of("reviewDecision", "APPROVED", "reviewComments", "Agreed"));
        Map<String, Object> signature = new HashMap<>(
                Map.of("signedOn", LocalDate.now().toString(), "signedPlace", "Guatemala City", "signatories",
                        "Both ministers", "signedDocumentRef", "docs://moc/" + id + "/signed"));
        signature.put("seniorMeetingCadence", "R/P3M");
        signature.put("workingMeetingCadence", "R/P1M");
        steps += complete(id, "UserTask_SignMemorandum", signature);

        LocalDate starts = LocalDate.now().plusDays(30);
        steps += complete(id, "UserTask_PlanDeliverables",
                Map.of("deliverable1",
                        SpinValues.jsonValue("{\"kind\": \"TRAINING\", \"title\": "
                                + "\"Investigating smuggling networks\", \"ownerParty\": \"us\", \"dueDate\": \""
                                + starts.plusDays(60) + "\", \"target\": 40}")
                            .create()));
        steps += complete(id, "UserTask_PlanDeliverable",
                Map.of("course", "Criminal investigations of human smuggling", "audienceUnit",
                        "PNC anti-smuggling unit", "partnerCountry", "gt", "trainerAgency", "HSI", "traineesTargeted",
                        40, "startsOn", starts.toString(), "endsOn", starts.plusDays(5).toString()));
        steps += complete(id, "UserTask_AssessImplementationStatus",
                Map.of("implementationStatus", "INTERMEDIATE", "evidenceRef", "https://www.dhs.gov/readout",
                        "evidenceSource", "DHS readout", "reliability", "OFFICIAL"));
        steps += complete(id, "UserTask_ReviewAssessment", Map.of("assessmentApproved", "true"));
        return steps;
    }

    /** Its final text is due today: the first reminder is due at midnight UTC. */
    private void agreementDueToday(String id) {
        VariableMap form = bilateral();
        form.putValue("dateSigned", today().minusDays(30).toString());
        form.putValue("finalTextDue", today().toString());
        form.putValue("finalTextDueStated", "within 30 days");
        as("coordinator-us", () -> recordJointStatement(id, form));
    }

    /** The way Tasklist starts an agreement: its start form submitted. */
    private void recordJointStatement(String id, VariableMap form) {
        String definitionId = this.engine.getRepositoryService()
            .createProcessDefinitionQuery()
            .processDefinitionKey("agreement-lifecycle")
            .latestVersion()
            .singleResult()
            .getId();
        this.engine.getFormService().submitStartForm(definitionId, id, form);
    }

    private static VariableMap bilateral() {
        return JointStatements.bilateral();
    }

    /**
     * Creates the timers, all due at the coming midnight (UTC), then moves the engine's
     * clock past it and lets the job executor drain them. The rate counts from the first
     * execution to the last (the history's job log), so the executor's idle back-off
     * before the first one does not count.
     * @return the jobs after the first and the time from the first to the last
     */
    private Drain drainTimers(String activityId, int count, IntConsumer create) {
        for (int i = 0; i < count; i++) {
            create.accept(i);
        }
        Date due = Date.from(MIDNIGHT);
        // this turn's jobs only: an earlier turn's jobs were due at the same instant
        Set<String> jobs = this.engine.getManagementService()
            .createJobQuery()
            .activityId(activityId)
            .duedateHigherThan(new Date(due.getTime() - 1))
            .duedateLowerThan(new Date(due.getTime() + 1))
            .list()
            .stream()
            .map(Job::getId)
            .collect(Collectors.toSet());
        if (jobs.size() != count) {
            throw new IllegalStateException(count + " timers of " + activityId + " due at " + MIDNIGHT + " expected");
        }
        this.profile.reset();
        Map<String, Integer> logged = jobLog();
        CpuTime cpu = CpuTime.now();
        ClockUtil.offset(Duration.between(Instant.now(), MIDNIGHT.plusSeconds(1)).toMillis());
        try {
            ((ProcessEngineConfigurationImpl) this.engine.getProcessEngineConfiguration()).getJobExecutor()
                .jobWasAdded();
            // Waiting costs a count of the turn's jobs left, not a read of the
            // growing job log: a drain's cost is the executor's, not the watcher's.
            await(activityId + " drained").atMost(Duration.ofMinutes(10))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> this.engine.getManagementService()
                    .createJobQuery()
                    .activityId(activityId)
                    .duedateHigherThan(new Date(due.getTime() - 1))
                    .duedateLowerThan(new Date(due.getTime() + 1))
                    .count() == 0);
            List<Date> executed = this.engine.getHistoryService()
                .createHistoricJobLogQuery()
                .successLog()
                .activityIdIn(activityId)
                .list()
                .stream()
                .filter(log -> jobs.contains(log.getJobId()))
                .map(HistoricJobLog::getTimestamp)
                .sorted()
                .toList();
            if (executed.size() != count) {
                throw new IllegalStateException("all " + count + " jobs of " + activityId + " are gone, "
                        + executed.size() + " logged as done");
            }
            Date first = executed.get(0);
            Date last = executed.get(count - 1);
            return new Drain(count - 1, (last.getTime() - first.getTime()) / 1000.0, CpuTime.now().since(cpu),
                    jobsBesides(activityId, logged));
        }
        finally {
            ClockUtil.reset();
        }
    }

    /**
     * Completes every open task of that key in the agreement, each as a member of its
     * candidate group.
     * @return how many tasks were completed
     */
    private int complete(String id, String taskKey, Map<String, Object> values) {
        List<Task> open = tasks(id, taskKey);
        if (open.isEmpty()) {
            throw new IllegalStateException(id + " has no open " + taskKey);
        }
        for (Task task : open) {
            completeAsItsGroup(task, values);
        }
        return open.size();
    }

    private void completeAsItsGroup(Task task, Map<String, Object> values) {
        String group = this.engine.getTaskService()
            .getIdentityLinksForTask(task.getId())
            .stream()
            .filter(link -> link.getGroupId() != null)
            .findFirst()
            .orElseThrow()
            .getGroupId();
        String user = group.equals("reviewers") ? "reviewer" : group.replace("coordinators-", "coordinator-");
        as(user, group, () -> openAndSubmit(task, values));
    }

    /**
     * As Tasklist does: reads the form's variables (what the form shows), then submits
     * the form.
     */
    private void openAndSubmit(Task task, Map<String, Object> values) {
        this.engine.getFormService().getTaskFormVariables(task.getId());
        this.engine.getFormService().submitTaskForm(task.getId(), values);
    }

    private List<Task> tasks(String id, String taskKey) {
        return this.engine.getTaskService()
            .createTaskQuery()
            .processInstanceBusinessKey(id)
            .taskDefinitionKey(taskKey)
            .list();
    }

    private void as(String user, Runnable action) {
        as(user, user.replace("coordinator-", "coordinators-"), action);
    }

    private void as(String user, String group, Runnable action) {
        this.engine.getIdentityService().setAuthentication(user, List.of(group));
        try {
            action.run();
        }
        finally {
            this.engine.getIdentityService().clearAuthentication();
        }
    }

    /**
     * Where a phase's time went: CPU of the JVM and of PostgreSQL per step, and the
     * seconds the JIT compiler ran meanwhile (on 2 cores it takes a core from the phase).
     */
    /** The same for a drain of timers: CPU per job executed. */
    private static void putCpu(BenchmarkResults results, String side, String phase, Drain drain) {
        results.put("cpu." + side + ".jvmMsPerJob." + phase, drain.cpu().jvm().toMillis() / (double) drain.jobs());
        results.put("cpu." + side + ".postgresMsPerJob." + phase,
                drain.cpu().postgres().toMillis() / (double) drain.jobs());
    }

    private static void putCpu(BenchmarkResults results, String side, String threads, Run run) {
        results.put("cpu." + side + ".jvmMsPerStep." + threads, run.cpu().jvm().toMillis() / (double) run.steps());
        results.put("cpu." + side + ".postgresMsPerStep." + threads,
                run.cpu().postgres().toMillis() / (double) run.steps());
        results.put("cpu." + side + ".jitCompilerSeconds." + threads, run.cpu().compiler().toMillis() / 1000.0);
    }

    /**
     * Runs the work count times on that many threads; the work says how many steps it
     * took.
     */
    private Run run(int count, int threads, IntUnaryOperator work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CpuTime cpu = CpuTime.now();
        long start = System.nanoTime();
        List<Future<Integer>> done = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int index = i;
            done.add(pool.submit(() -> work.applyAsInt(index)));
        }
        long steps = 0;
        for (Future<Integer> future : done) {
            steps += future.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Run(count, steps, seconds, CpuTime.now().since(cpu));
    }

    private void deployReferenceModels() {
        this.engine.getRepositoryService()
            .createDeployment()
            .name("benchmark reference")
            .addModelInstance("bench-reference.bpmn",
                    Bpmn.createExecutableProcess("bench-reference")
                        .camundaHistoryTimeToLive(1)
                        .startEvent("StartEvent_Started")
                        .userTask("UserTask_Reference")
                        .camundaCandidateGroups("coordinators-us")
                        .endEvent("EndEvent_Done")
                        .done())
            .addModelInstance("bench-timer.bpmn",
                    Bpmn.createExecutableProcess("bench-timer")
                        .camundaHistoryTimeToLive(1)
                        .startEvent("StartEvent_Started")
                        .intermediateCatchEvent("IntermediateCatchEvent_Wait")
                        .timerWithDate(MIDNIGHT.toString())
                        .endEvent("EndEvent_Done")
                        .done())
            .deploy();
        grant(Resources.PROCESS_DEFINITION, "bench-reference", Permissions.ALL);
        grant(Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
    }

    private void grant(Resource resource, String id, Permissions permission) {
        AuthorizationService authorizations = this.engine.getAuthorizationService();
        if (authorizations.createAuthorizationQuery()
            .groupIdIn("coordinators-us")
            .resourceType(resource)
            .resourceId(id)
            .count() > 0) {
            Authorization existing = authorizations.createAuthorizationQuery()
                .groupIdIn("coordinators-us")
                .resourceType(resource)
                .resourceId(id)
                .singleResult();
            existing.addPermission(permission);
            authorizations.saveAuthorization(existing);
            return;
        }
        Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setGroupId("coordinators-us");
        grant.setResource(resource);
        grant.setResourceId(id);
        grant.addPermission(permission);
        authorizations.saveAuthorization(grant);
    }

    /**
     * What the job log gained during a drain besides the drain's own successful jobs:
     * other jobs, which took executor threads from it, and its own failed attempts
     * (optimistic locking), which it had to repeat. Counted against the log before the
     * drain: the log's timestamps follow the engine clock, which every drain sets to the
     * same midnight.
     */
    private Map<String, Integer> jobsBesides(String activityId, Map<String, Integer> before) {
        Map<String, Integer> besides = new TreeMap<>();
        jobLog().forEach((what, jobs) -> {
            int added = jobs - before.getOrDefault(what, 0);
            if (added > 0 && !what.equals(activityId)) {
                besides.put(what, added);
            }
        });
        return besides;
    }

    /** Successful and failed job executions so far, by activity. */
    private Map<String, Integer> jobLog() {
        Map<String, Integer> log = new TreeMap<>();
        new JdbcTemplate(this.dataSource).query("""
                select act_id_, job_state_, count(*) as jobs from act_hi_job_log
                where job_state_ in (1, 2) group by act_id_, job_state_""", (ResultSet row) -> {
            log.put(row.getString("act_id_") + (row.getInt("job_state_") == 1 ? " (failed)" : ""), row.getInt("jobs"));
        });
        return log;
    }

    private record Drain(int jobs, double seconds, CpuTime cpu, Map<String, Integer> besides) {

        static final Drain NONE = new Drain(0, 0, CpuTime.NONE, Map.of());

        Drain plus(Drain other) {
            Map<String, Integer> besides = new TreeMap<>(this.besides);
            other.besides.forEach((what, jobs) -> besides.merge(what, jobs, Integer::sum));
            return new Drain(this.jobs + other.jobs, this.seconds + other.seconds, this.cpu.plus(other.cpu), besides);
        }

        double jobsPerSecond() {
            return this.jobs / this.seconds;
        }

    }

    private record Run(int count, long steps, double seconds, CpuTime cpu) {

        static final Run NONE = new Run(0, 0, 0, CpuTime.NONE);

        Run plus(Run other) {
            return new Run(this.count + other.count, this.steps + other.steps, this.seconds + other.seconds,
                    this.cpu.plus(other.cpu));
        }

        double itemsPerSecond() {
            return this.count / this.seconds;
        }

        double stepsPerSecond() {
            return this.steps / this.seconds;
        }

        /**
         * Every item (an instance, an agreement) takes one start; its other steps are
         * tasks.
         */
        double tasksPerSecond() {
            return (this.steps - this.count) / this.seconds;
        }

    }

}
