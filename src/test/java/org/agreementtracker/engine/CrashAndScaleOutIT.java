package org.agreementtracker.engine;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.agreementtracker.support.PackagedApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The packaged application on one real PostgreSQL, as in production: killed hard in the
 * middle of work and started again, and run as two nodes side by side. Whatever a caller
 * was told is done stays done, every due timer fires exactly once, and nothing stays
 * stuck.
 *
 * <p>
 * The nodes run with a lock time of 10 seconds instead of Camunda's 5 minutes, so jobs a
 * dead node had locked come back within the test; production keeps the default (README).
 */
class CrashAndScaleOutIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String SHORT_LOCKS = "--camunda.bpm.job-execution.lock-time-in-millis=10000";

    /**
     * Overdue agreements get their first reminder soon after import: timers fire during
     * the test.
     */
    private static final String SOON_REMINDED = "--agreement-tracker.lifecycle.first-overdue-reminder-delay=PT15S";

    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void startPostgres() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        postgres.close();
    }

    @Test
    void aHardKilledApplicationRestartsWithEveryAcknowledgedCompletionKeptAndEveryTimerFiredOnce() throws Exception {
        String url = database("crash");
        List<String> ids;
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        try (PackagedApplication first = PackagedApplication.start("crash-first", url, SHORT_LOCKS, SOON_REMINDED)) {
            ids = importOverdueAgreements(first, "AGR-CRASH", 60);
            List<String> drafts = openDrafts(first);
            awaitFirstReminder(jdbc("crash"), ids);
            ExecutorService load = Executors.newSingleThreadExecutor();
            Future<?> completions = load.submit(() -> {
                for (String task : drafts) {
                    if (completeDraft(first, task) == 204) {
                        acknowledged.add(task);
                    }
                }
                return null;
            });
            await("the first drafts completed").atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(20))
                .until(() -> acknowledged.size() >= 5 || completions.isDone());
            first.kill();
            System.out.printf("Killed after %d of %d completions acknowledged and %d of %d reminders fired%n",
                    acknowledged.size(), drafts.size(), reminded(jdbc("crash"), ids), ids.size());
            load.shutdownNow();
            load.awaitTermination(1, TimeUnit.MINUTES);
            assertThat(acknowledged).as("killed in the middle of the work").hasSizeLessThan(drafts.size());
        }

        try (PackagedApplication second = PackagedApplication.start("crash-second", url, SHORT_LOCKS, SOON_REMINDED)) {
            JdbcClient db = jdbc("crash");
            for (String task : acknowledged) {
                assertThat(db.sql("select count(*) from act_hi_taskinst where id_ = ? and delete_reason_ = 'completed'")
                    .param(task)
                    .query(Long.class)
                    .single()).as("acknowledged completion of %s", task).isOne();
            }
            for (String task : openDrafts(second)) {
                assertThat(completeDraft(second, task)).isEqualTo(204);
            }

            awaitEveryAgreementRemindedExactlyOnce(db, ids);
            assertThat(db.sql("select count(*) from tracker.memorandum_draft").query(Long.class).single())
                .as("one draft per agreement, none lost and none twice")
                .isEqualTo(ids.size());
            assertNothingStuck(second, db);
        }
    }

    @Test
    void twoNodesOnOneDatabaseShareTheWorkAndOneStoppingMidWorkLosesNothing() throws Exception {
        String url = database("scaleout");
        JdbcClient db = jdbc("scaleout");
        try (PackagedApplication nodeA = PackagedApplication.start("node-a", url, SHORT_LOCKS, SOON_REMINDED,
                "--camunda.bpm.generic-properties.properties.hostname=node-a");
                PackagedApplication nodeB = PackagedApplication.start("node-b", url, SHORT_LOCKS, SOON_REMINDED,
                        "--camunda.bpm.generic-properties.properties.hostname=node-b")) {
            List<String> ids = new ArrayList<>(importOverdueAgreements(nodeA, "AGR-NODES", 30));
            List<String> drafts = openDrafts(nodeB);
            for (int i = 0; i < drafts.size(); i++) {
                PackagedApplication node = i % 2 == 0 ? nodeA : nodeB;
                assertThat(completeDraft(node, drafts.get(i))).as("completed on either node").isEqualTo(204);
            }
            awaitEveryAgreementRemindedExactlyOnce(db, ids);

            ids.addAll(importOverdueAgreements(nodeB, "AGR-NODES-LATE", 30));
            awaitFirstReminder(db, ids.subList(30, 60));
            nodeB.kill();

            awaitEveryAgreementRemindedExactlyOnce(db, ids);
            assertNothingStuck(nodeA, db);
            Map<String, Long> byNode = db.sql("""
                    select hostname_, count(*) from act_hi_job_log
                    where job_state_ = 2 and act_id_ = 'StartEvent_FinalTextOverdue' group by hostname_""")
                .query((rs, row) -> Map.entry(rs.getString(1), rs.getLong(2)))
                .list()
                .stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            System.out.println("Reminder timers fired per node: " + byNode);
            assertThat(byNode.keySet()).isSubsetOf("node-a", "node-b");
            assertThat(byNode.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(ids.size());
        }
    }

    /**
     * Each agreement's final text is overdue, so its first reminder is due a minute after
     * import.
     */
    private static List<String> importOverdueAgreements(PackagedApplication node, String prefix, int count)
            throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i : IntStream.rangeClosed(1, count).toArray()) {
            String id = prefix + "-" + i;
            var answer = node.send("POST", "/api/agreements/import", """
                    id: %s
                    title: Agreement %d under load
                    instrumentType: BILATERAL_MOC
                    dateSigned: %s
                    leadParty: us
                    parties:
                      - {name: U.S. Department of Homeland Security, country: us, role: SIGNATORY}
                      - {name: Ministerio de Gobernacion, country: gt, role: SIGNATORY}
                    areas: [BORDER_SECURITY]
                    commitments: [{text: Share biometric data}]
                    finalTextDue: {stated: next month}
                    hardDeadline: %s
                    """.formatted(id, i, LocalDate.now().minusDays(90), LocalDate.now().plusDays(90)),
                    "application/yaml");
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
            ids.add(id);
        }
        return ids;
    }

    private static List<String> openDrafts(PackagedApplication node) throws Exception {
        JsonNode tasks = JSON.readTree(node
            .send("GET", "/engine-rest/task?taskDefinitionKey=UserTask_DraftMemorandumText&maxResults=1000", null, null)
            .body());
        List<String> ids = new ArrayList<>();
        tasks.forEach(task -> ids.add(task.get("id").asText()));
        return ids;
    }

    /**
     * Completes a draft the way a client should: a 409 (a timer changed the instance at
     * the same moment) is tried again.
     * @return the HTTP status, or 0 when the node did not answer
     */
    private static int completeDraft(PackagedApplication node, String task) {
        try {
            int status = 409;
            for (int attempt = 0; attempt < 5 && status == 409; attempt++) {
                status = node.send("POST", "/engine-rest/task/" + task + "/submit-form", """
                        {"variables": {"draftDocumentRef": {"value": "MOC-DRAFT-1"},
                                       "draftSummary": {"value": "First draft after the joint statement"}}}
                        """, "application/json").statusCode();
            }
            return status;
        }
        catch (IOException | InterruptedException ex) {
            return 0;
        }
    }

    private static void awaitFirstReminder(JdbcClient db, List<String> ids) {
        await("timers firing").atMost(Duration.ofMinutes(2))
            .pollInterval(Duration.ofMillis(200))
            .until(() -> reminded(db, ids) > 0);
    }

    private static long reminded(JdbcClient db, List<String> ids) {
        return db.sql("""
                select count(distinct agreement_id) from tracker.status_change
                where note like 'Final text overdue%' and agreement_id in (:ids)""")
            .param("ids", ids)
            .query(Long.class)
            .single();
    }

    private static void awaitEveryAgreementRemindedExactlyOnce(JdbcClient db, List<String> ids) {
        await("every first reminder fired").atMost(Duration.ofMinutes(3))
            .pollInterval(Duration.ofSeconds(1))
            .until(() -> reminded(db, ids) == ids.size());
        assertThat(db.sql("""
                select agreement_id from tracker.status_change
                where note like 'Final text overdue%' group by agreement_id having count(*) > 1""")
            .query(String.class)
            .list()).as("agreements reminded twice").isEmpty();
        // The history cleanup job is the one job meant to run again and again under
        // one id (inside its nightly window); every job of a process runs once.
        assertThat(
                db.sql("""
                        select job_id_ from act_hi_job_log where job_state_ = 2 and coalesce(job_def_type_, '') <> 'history-cleanup'
                        group by job_id_ having count(*) > 1""")
                    .query(String.class)
                    .list())
            .as("jobs that succeeded twice")
            .isEmpty();
        assertThat(db.sql("""
                select count(*) from act_ru_task t join act_ru_execution e on e.id_ = t.proc_inst_id_
                where t.task_def_key_ = 'UserTask_EscalateOverdueMemorandum' and e.business_key_ in (:ids)""")
            .param("ids", ids)
            .query(Long.class)
            .single()).as("one escalation per agreement").isEqualTo(ids.size());
    }

    /**
     * Incidents a retry clears are fine; what no retry clears, or what stays due, is
     * stuck.
     */
    private static void assertNothingStuck(PackagedApplication node, JdbcClient db) throws Exception {
        for (String job : db.sql("select configuration_ from act_ru_incident where incident_type_ = 'failedJob'")
            .query(String.class)
            .list()) {
            node.send("PUT", "/engine-rest/job/" + job + "/retries", "{\"retries\": 1}", "application/json");
        }
        await("due jobs drained and incidents cleared").atMost(Duration.ofMinutes(2))
            .pollInterval(Duration.ofSeconds(1))
            .until(() -> db.sql("select count(*) from act_ru_incident").query(Long.class).single() == 0
                    && db.sql("select count(*) from act_ru_job where duedate_ < now() and retries_ > 0")
                        .query(Long.class)
                        .single() == 0);
    }

    private static String database(String name) throws Exception {
        try (var connection = postgres.getPostgresDatabase().getConnection();
                var statement = connection.createStatement()) {
            statement.execute("create database " + name);
        }
        return postgres.getJdbcUrl("postgres", name);
    }

    private static JdbcClient jdbc(String name) {
        return JdbcClient.create(postgres.getDatabase("postgres", name));
    }

}
