package org.agreementtracker.engine;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.agreementtracker.agreement.process.JointStatements;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nobody where they do not belong, and bad input answered with a clear 4xx that leaves
 * the database as it was.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecurityAndBadInputIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine engine;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aPartnerCoordinatorCannotAdministerTheEngineNorReadOtherPartiesWork() throws Exception {
        String usOnly = JointStatements.uniqueId("AGR-SEC-US");
        this.engine.getRuntimeService()
            .startProcessInstanceByKey("agreement-lifecycle", usOnly,
                    JointStatements.bilateral()
                        .putValueTyped("parties",
                                org.camunda.spin.plugin.variable.SpinValues
                                    .jsonValue("[{\"name\": \"DHS\", \"country\": \"us\", \"role\": \"SIGNATORY\"}]")
                                    .create()));

        assertThat(send("POST", "/engine-rest/user/create", "coordinator-mx",
                "{\"profile\": {\"id\": \"intruder\"}, \"credentials\": {\"password\": \"intruder\"}}")
            .statusCode()).isEqualTo(403);
        assertThat(send("GET", "/engine-rest/user", "coordinator-mx", null).body()).doesNotContain("manager");
        assertThat(send("DELETE", "/engine-rest/process-definition/key/agreement-lifecycle", "coordinator-mx", null)
            .statusCode()).isEqualTo(403);
        assertThat(send("GET", "/engine-rest/process-instance?businessKey=" + usOnly, "coordinator-mx", null).body())
            .isEqualTo("[]");
        assertThat(send("GET", "/engine-rest/task?processInstanceBusinessKey=" + usOnly, "coordinator-mx", null).body())
            .isEqualTo("[]");
        assertThat(send("GET", "/engine-rest/history/variable-instance?processInstanceBusinessKey=" + usOnly,
                "coordinator-mx", null)
            .body()).isEqualTo("[]");
        assertThat(send("GET", "/api/agreements/" + usOnly, "coordinator-mx", null).statusCode()).isEqualTo(404);
        assertThat(send("GET", "/camunda/api/admin/auth/user/default", "coordinator-mx", null).statusCode())
            .as("the webapps' API knows only its own login")
            .isIn(401, 404);
    }

    @Test
    void managersReadEverythingButCannotChangeProcessDefinitions() throws Exception {
        assertThat(send("GET", "/engine-rest/process-definition?key=agreement-lifecycle", "manager", null).body())
            .contains("agreement-lifecycle");
        assertThat(
                send("DELETE", "/engine-rest/process-definition/key/agreement-lifecycle?cascade=true", "manager", null)
                    .statusCode())
            .isEqualTo(403);
        assertThat(send("PUT", "/engine-rest/process-definition/key/agreement-lifecycle/suspended", "manager",
                "{\"suspended\": true, \"includeProcessInstances\": true}")
            .statusCode()).isEqualTo(403);
        assertThat(send("POST", "/engine-rest/user/create", "manager",
                "{\"profile\": {\"id\": \"intruder\"}, \"credentials\": {\"password\": \"intruder\"}}")
            .statusCode()).isEqualTo(403);
        assertThat(this.engine.getIdentityService().createUserQuery().userId("intruder").count()).isZero();
    }

    @Test
    void actuatorShowsOnlyHealthAndMetrics() throws Exception {
        for (String hidden : List.of("/actuator/env", "/actuator/beans", "/actuator/configprops", "/actuator/heapdump",
                "/actuator/loggers")) {
            assertThat(send("GET", hidden, "admin", null).statusCode()).as(hidden).isEqualTo(404);
        }
        assertThat(send("GET", "/actuator/metrics", "coordinator-gt", null).statusCode()).isEqualTo(200);
    }

    @Test
    void theWebappSessionCookieIsHttpOnly() throws Exception {
        HttpResponse<String> page = send("GET", "/camunda/app/tasklist/default/", null, null);
        String csrf = page.headers()
            .allValues("Set-Cookie")
            .stream()
            .filter(cookie -> cookie.startsWith("XSRF-TOKEN="))
            .map(cookie -> cookie.substring(11, cookie.indexOf(';')))
            .findFirst()
            .orElseThrow();
        String session = page.headers()
            .allValues("Set-Cookie")
            .stream()
            .filter(cookie -> cookie.startsWith("JSESSIONID="))
            .findFirst()
            .orElseThrow();

        assertThat(session).contains("HttpOnly");
        assertThat(csrf).isNotBlank();
    }

    @Test
    void badStartsOfTheLifecycleAreRefusedWithAClearMessageAndWriteNothing() throws Exception {
        Map<String, Long> before = counts();
        String start = "/engine-rest/process-definition/key/agreement-lifecycle/start";

        HttpResponse<String> malformed = send("POST", start, "coordinator-us", "{\"variables\": {\"title\": ");
        HttpResponse<String> wrongType = send("POST", start, "coordinator-us",
                "{\"variables\": {\"title\": {\"value\": 42, \"type\": \"Integer\"}}}");
        HttpResponse<String> missing = send("POST", start, "coordinator-us", "{\"variables\": {}}");
        HttpResponse<String> missingInSpanish = send("POST", start, "coordinator-gt", "{\"variables\": {}}");
        HttpResponse<String> huge = send("POST", start, "coordinator-us",
                "{\"variables\": {\"title\": {\"value\": \"" + "x".repeat(5 * 1024 * 1024) + "\"}}}");
        HttpResponse<String> unknownTask = send("POST", "/engine-rest/task/no-such-task/complete", "coordinator-us",
                "{}");

        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(wrongType.statusCode()).isEqualTo(400);
        assertThat(wrongType.body())
            .contains("{\"field\":\"title\",\"component\":\"Field_title\",\"message\":\"Title must be text\"}");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body())
            .contains("\"type\":\"InvalidFormData\"", "Title is required", "Parties needs at least one entry",
                    "Date signed is required")
            .doesNotContain("Cannot instantiate", "The form data is invalid", "dateSigned is");
        assertThat(missing.body().split("Parties needs at least one entry", -1))
            .as("each problem said once in the list")
            .hasSize(3);
        // Guatemala's coordinators work in Spanish; Tasklist shows them these messages
        assertThat(missingInSpanish.statusCode()).isEqualTo(400);
        assertThat(missingInSpanish.body()).contains("Corrija el formulario", "Título: es un dato obligatorio",
                "Partes: indique al menos una entrada");
        assertThat(huge.statusCode()).isEqualTo(413);
        assertThat(unknownTask.statusCode()).isEqualTo(404);
        assertThat(unknownTask.body()).contains("no-such-task");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void badAgreementFilesAndModelsAreRefusedWithTheReasonAndWriteNothing() throws Exception {
        Map<String, Long> before = counts();
        long deployments = this.engine.getRepositoryService().createDeploymentQuery().count();

        HttpResponse<String> notYaml = send("POST", "/api/agreements/import", "coordinator-us",
                "id: AGR-BROKEN\ntitle: [unclosed\nparties: {", "application/yaml");
        HttpResponse<String> wrongTypes = send("POST", "/api/agreements/import", "coordinator-us",
                "{\"id\": 42, \"title\": [\"a\", \"list\"], \"dateSigned\": \"yesterday\"}");
        String boundary = "model-boundary";
        HttpResponse<String> modelWithoutTimeToLive = send("POST", "/engine-rest/deployment/create", "admin", """
                --%1$s\r
                Content-Disposition: form-data; name="deployment-name"\r
                \r
                no-ttl\r
                --%1$s\r
                Content-Disposition: form-data; name="no-ttl.bpmn"; filename="no-ttl.bpmn"\r
                Content-Type: application/xml\r
                \r
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" targetNamespace="t">\
                <process id="no-ttl" isExecutable="true"><startEvent id="s"/></process></definitions>\r
                --%1$s--\r
                """.formatted(boundary), "multipart/form-data; boundary=" + boundary);

        assertThat(notYaml.statusCode()).isEqualTo(400);
        assertThat(notYaml.body()).containsIgnoringCase("line");
        assertThat(wrongTypes.statusCode()).isEqualTo(400);
        assertThat(modelWithoutTimeToLive.statusCode()).isEqualTo(400);
        assertThat(modelWithoutTimeToLive.body()).contains("History Time To Live");
        assertThat(counts()).isEqualTo(before);
        assertThat(this.engine.getRepositoryService().createDeploymentQuery().count()).isEqualTo(deployments);
    }

    @Test
    void injectionStringsAreStoredAsPlainText() throws Exception {
        String id = JointStatements.uniqueId("AGR-INJECT");
        String sql = "Compact'); drop table tracker.agreement; --";
        String script = "<script>alert('x')</script>";
        HttpResponse<String> imported = send("POST", "/api/agreements/import", "coordinator-us", """
                id: %s
                title: "%s"
                instrumentType: BILATERAL_MOC
                dateSigned: 2026-01-15
                leadParty: us
                parties: [{name: "%s", country: us, role: SIGNATORY}]
                areas: [BORDER_SECURITY]
                commitments: [{text: "%s"}]
                finalTextDue: {stated: next month}
                """.formatted(id, sql, script, "' OR '1'='1"), "application/yaml");

        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        String detail = send("GET", "/api/agreements/" + id, "manager", null).body();
        assertThat(detail).contains("drop table tracker.agreement", "alert('x')");
        assertThat(this.jdbc.sql("select title from tracker.agreement where id = ?")
            .param(id)
            .query(String.class)
            .single()).isEqualTo(sql);
        assertThat(this.jdbc.sql("select count(*) from tracker.agreement").query(Long.class).single()).isPositive();
    }

    @Test
    void twoCoordinatorsCompletingTheSameTaskAtOnceGetOneSuccessAndOneConflictNeverAServerError() throws Exception {
        String id = JointStatements.uniqueId("AGR-RACE");
        this.engine.getRuntimeService()
            .startProcessInstanceByKey("agreement-lifecycle", id, JointStatements.bilateral());
        String taskId = this.engine.getTaskService()
            .createTaskQuery()
            .processInstanceBusinessKey(id)
            .singleResult()
            .getId();
        String body = "{\"variables\": {\"draftDocumentRef\": {\"value\": \"doc\"}, \"draftSummary\": {\"value\": \"draft\"}}}";
        CountDownLatch ready = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Callable<Integer> complete = () -> {
                ready.await();
                return send("POST", "/engine-rest/task/" + taskId + "/submit-form", "coordinator-us", body)
                    .statusCode();
            };
            answers.add(pool.submit(complete));
        }
        ready.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get());
        }
        pool.shutdown();

        assertThat(statuses).as("answers %s", statuses).containsOnlyOnce(204);
        assertThat(statuses).allSatisfy(status -> assertThat(status).isIn(204, 404, 409));
        assertThat(this.jdbc.sql("select count(*) from tracker.memorandum_draft where agreement_id = ?")
            .param(id)
            .query(Long.class)
            .single()).isOne();
    }

    private Map<String, Long> counts() {
        return Map.of("agreements", count("tracker.agreement"), "history", count("tracker.status_change"), "instances",
                this.engine.getHistoryService().createHistoricProcessInstanceQuery().count(), "variables",
                this.engine.getRuntimeService().createVariableInstanceQuery().count());
    }

    private long count(String table) {
        return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private HttpResponse<String> send(String method, String path, String user, String body) throws Exception {
        return send(method, path, user, body, "application/json");
    }

    private HttpResponse<String> send(String method, String path, String user, String body, String type)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
            .header("Content-Type", type)
            .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (user != null) {
            request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        }
        return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

}
