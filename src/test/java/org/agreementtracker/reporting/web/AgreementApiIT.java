package org.agreementtracker.reporting.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.agreementtracker.agreement.process.JointStatements;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Our API over HTTP on real PostgreSQL, as a script or the Cockpit plugin calls it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AgreementApiIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    ManagementService managementService;

    @Autowired
    TaskService taskService;

    private String id;

    @BeforeEach
    void importAnAgreement() throws Exception {
        this.id = JointStatements.uniqueId("AGR-API");
        HttpResponse<String> created = post("/api/agreements/import", "coordinator-us", "application/yaml",
                file(this.id));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).contains("/api/agreements/" + this.id);
    }

    @Test
    void theSameFileAgainIsUnchangedAndAChangedOneConflictsWithItsDifferences() throws Exception {
        HttpResponse<String> again = post("/api/agreements/import", "coordinator-us", "application/yaml",
                file(this.id));
        HttpResponse<String> changed = post("/api/agreements/import", "manager", "application/yaml",
                file(this.id).replace("title: API test", "title: API test, revised"));

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("\"outcome\":\"UNCHANGED\"");
        assertThat(changed.statusCode()).isEqualTo(409);
        assertThat(changed.body()).contains("title: stored API test, file API test, revised");
    }

    @Test
    void aManagerImportsANewAgreementOfAnyParty() throws Exception {
        String other = JointStatements.uniqueId("AGR-API-MANAGER");

        HttpResponse<String> created = post("/api/agreements/import", "manager", "application/yaml", file(other));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(get("/api/agreements/" + other, "manager").statusCode()).isEqualTo(200);
    }

    @Test
    void importRefusesOtherPartiesBadFilesOversizedFilesAndUnknownMediaTypes() throws Exception {
        HttpResponse<String> otherParty = post("/api/agreements/import", "coordinator-gt", "application/yaml",
                file(JointStatements.uniqueId("AGR-API-GT")));
        HttpResponse<String> bad = post("/api/agreements/import", "manager", "application/json",
                "{\"id\": \"AGR-API-BAD\", \"title\": 12, \"parties\": \"none\"}");
        HttpResponse<String> huge = post("/api/agreements/import", "manager", "application/yaml",
                "title: x\n# " + "x".repeat(1_100_000));
        HttpResponse<String> xml = post("/api/agreements/import", "manager", "application/xml", "<agreement/>");

        assertThat(otherParty.statusCode()).isEqualTo(403);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("\"errors\"", "parties must be a list", "instrumentType is required");
        assertThat(huge.statusCode()).isEqualTo(400);
        assertThat(huge.body()).contains("at most 1048576");
        assertThat(xml.statusCode()).isEqualTo(415);
    }

    @Test
    void listsAndFiltersOnlyWhatTheCallerMaySee() throws Exception {
        assertThat(get("/api/agreements?party=gt", "manager").body()).contains(this.id);
        assertThat(get("/api/agreements?party=hn", "manager").body()).doesNotContain(this.id);
        assertThat(get("/api/agreements?area=BORDER_SECURITY&status=IMPLEMENTING", "manager").body()).contains(this.id);
        assertThat(get("/api/agreements?status=DRAFTING", "manager").body()).doesNotContain(this.id);
        assertThat(get("/api/agreements", "coordinator-gt").body()).contains(this.id);
        assertThat(get("/api/agreements", "coordinator-mx").body()).doesNotContain(this.id);
        assertThat(get("/api/agreements?party=zz", "manager").statusCode()).isEqualTo(400);
        assertThat(get("/api/agreements?status=FINISHED", "manager").statusCode()).isEqualTo(400);
    }

    @Test
    void eachLineOfTheAgreementListCarriesItsOwnAgreementsFigures() throws Exception {
        String lateId = JointStatements.uniqueId("AGR-API-LATE");
        HttpResponse<String> created = post("/api/agreements/import", "manager", "application/yaml",
                file(lateId)
                    .replace("dueDate: " + LocalDate.now().plusDays(50), "dueDate: " + LocalDate.now().minusDays(3))
                    .replace("title: API test", "title: API test, deliverable late"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String meeting = JointStatements.uniqueId("AGR-API-MEETS");
        created = post("/api/agreements/import", "manager", "application/yaml",
                file(meeting) + "meetings: {senior: R/P3M}\n");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

        JsonNode list = new ObjectMapper().readTree(get("/api/agreements", "manager").body());
        JsonNode signed = lineOf(list, this.id);
        JsonNode late = lineOf(list, lateId);
        JsonNode meets = lineOf(list, meeting);

        assertThat(signed.get("status").asText()).isEqualTo("IMPLEMENTING");
        assertThat(signed.get("overdueItems").asLong()).isZero();
        assertThat(signed.get("nextMeeting").isNull()).as("no cadence, no meeting").isTrue();
        assertThat(Instant.parse(meets.get("nextMeeting").asText()))
            .as("the first senior-level meeting, three months after the signature")
            .isAfter(Instant.now().plus(Duration.ofDays(70)));
        assertThat(signed.get("score").asDouble()).isPositive();
        assertThat(late.get("overdueItems").asLong()).as("its course is past due").isEqualTo(1);
        assertThat(late.get("nextMeeting").isNull()).isTrue();
        assertThat(late.get("title").asText()).isEqualTo("API test, deliverable late");
        assertThat(List.of(signed.get("processInstanceId").asText(), late.get("processInstanceId").asText(),
                meets.get("processInstanceId").asText()))
            .doesNotContainNull()
            .doesNotHaveDuplicates()
            .allSatisfy(instance -> assertThat(instance).isNotBlank());
        assertThat(signed.get("openEscalations").asLong()).isZero();
    }

    @Test
    void aCoordinatorCountsTheFinalReviewTheyShareWithManagersThoughTheInstanceIsHiddenFromThem() throws Exception {
        String ended = JointStatements.uniqueId("AGR-API-ENDED");
        HttpResponse<String> created = post("/api/agreements/import", "coordinator-us", "application/yaml",
                file(ended) + "endDate: " + LocalDate.now().minusDays(1) + "\n");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        // its end date has passed: the timer opens the final review for managers and the
        // lead party's coordinators (tests drive jobs themselves)
        String instance = this.runtimeService.createProcessInstanceQuery()
            .processInstanceBusinessKey(ended)
            .processDefinitionKey("agreement-lifecycle")
            .singleResult()
            .getId();
        Job endDate = this.managementService.createJobQuery()
            .processInstanceId(instance)
            .activityId("BoundaryEvent_EndDateReached")
            .singleResult();
        this.managementService.executeJob(endDate.getId());
        assertThat(this.taskService.createTaskQuery()
            .processInstanceId(instance)
            .taskDefinitionKey("UserTask_FinalImplementationReview")
            .count()).isEqualTo(1);

        JsonNode asCoordinator = lineOf(new ObjectMapper().readTree(get("/api/agreements", "coordinator-us").body()),
                ended);
        JsonNode asManager = lineOf(new ObjectMapper().readTree(get("/api/agreements", "manager").body()), ended);

        assertThat(asCoordinator.get("openEscalations").asLong())
            .as("the coordinator may see the task, not its process instance")
            .isEqualTo(1);
        assertThat(asManager.get("openEscalations").asLong()).isEqualTo(1);
    }

    private static JsonNode lineOf(JsonNode list, String id) {
        for (JsonNode line : list) {
            if (id.equals(line.get("id").asText())) {
                return line;
            }
        }
        throw new AssertionError(id + " is not in the list");
    }

    @Test
    void detailShowsCommitmentsDeliverablesAndCurrentStepsToPartiesOnly() throws Exception {
        HttpResponse<String> detail = get("/api/agreements/" + this.id, "coordinator-gt");
        HttpResponse<String> hidden = get("/api/agreements/" + this.id, "coordinator-mx");
        HttpResponse<String> missing = get("/api/agreements/AGR-NONE", "manager");

        assertThat(detail.statusCode()).isEqualTo(200);
        assertThat(detail.body()).contains("\"commitments\"", "Train investigators", "\"deliverables\"",
                "\"status\":\"FULL\"");
        // open steps are the engine's tasks, shown as far as the caller's authorizations
        // go
        assertThat(detail.body()).doesNotContain("Plan deliverable");
        assertThat(get("/api/agreements/" + this.id, "coordinator-us").body()).contains("\"currentSteps\"",
                "Plan deliverable");
        assertThat(hidden.statusCode()).isEqualTo(404);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(get("/api/agreements/" + this.id + "/status-history", "manager").body()).contains("IMPLEMENTING");
    }

    @Test
    void indicatorsAreReportedWithQualifierAndRefusedWhenIncomplete() throws Exception {
        HttpResponse<String> ok = post("/api/agreements/" + this.id + "/indicators", "coordinator-us",
                "application/json", """
                        [{"indicator": "ARRESTS", "value": 5000, "unit": "arrests", "qualifier": "EXACT",
                          "period": "2026", "source": "DHS"}]""");
        HttpResponse<String> incomplete = post("/api/agreements/" + this.id + "/indicators", "coordinator-us",
                "application/json", "[{\"indicator\": \"ARRESTS\", \"value\": -1}]");
        HttpResponse<String> wrongType = post("/api/agreements/" + this.id + "/indicators", "coordinator-us",
                "application/json", "[{\"indicator\": \"ARRESTS\", \"value\": \"many\"}]");
        HttpResponse<String> notLead = post("/api/agreements/" + this.id + "/indicators", "coordinator-gt",
                "application/json", "[]");

        assertThat(ok.statusCode()).isEqualTo(201);
        assertThat(get("/api/agreements/" + this.id + "/indicators", "coordinator-gt").body()).contains("\"ARRESTS\"",
                "\"qualifier\":\"EXACT\"");
        assertThat(incomplete.statusCode()).isEqualTo(400);
        assertThat(incomplete.body()).contains("value must not be negative", "source is required");
        assertThat(wrongType.statusCode()).isEqualTo(400);
        assertThat(notLead.statusCode()).isEqualTo(403);
    }

    @Test
    void theOverdueListShowsALateItemToItsPartiesAndManagersOnly() throws Exception {
        String lateId = JointStatements.uniqueId("AGR-API-OVERDUE");
        HttpResponse<String> created = post("/api/agreements/import", "manager", "application/yaml", file(lateId)
            .replace("dueDate: " + LocalDate.now().plusDays(50), "dueDate: " + LocalDate.now().minusDays(3)));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

        assertThat(get("/api/overdue", "manager").body()).contains(lateId);
        assertThat(get("/api/overdue", "coordinator-gt").body()).as("a party of the agreement").contains(lateId);
        assertThat(get("/api/overdue", "coordinator-mx").body()).as("not a party").doesNotContain(lateId);
        assertThat(get("/api/overdue?format=csv", "coordinator-gt").body()).contains(lateId);
    }

    @Test
    void progressAndOverdueExportAsJsonAndCsv() throws Exception {
        HttpResponse<String> json = get("/api/progress", "manager");
        HttpResponse<String> csv = get("/api/progress?format=csv", "manager");
        HttpResponse<String> past = get("/api/progress?asOf=" + LocalDate.now().minusYears(10), "manager");

        assertThat(json.body()).contains("\"agreements\"", "\"areas\"", "\"parties\"", this.id);
        assertThat(csv.headers().firstValue("Content-Type")).get().asString().startsWith("text/csv");
        assertThat(csv.body()).startsWith("group,key,label,commitments").contains("\"" + this.id + "\"");
        assertThat(past.body()).doesNotContain(this.id);
        assertThat(get("/api/progress", "coordinator-gt").body()).as("a party's coordinator sees its agreements")
            .contains(this.id);
        assertThat(get("/api/progress", "coordinator-mx").body()).as("and no other party's").doesNotContain(this.id);
        assertThat(get("/api/progress?asOf=yesterday", "manager").statusCode()).isEqualTo(400);
        assertThat(get("/api/progress?format=xml", "manager").statusCode()).isEqualTo(400);
        assertThat(get("/api/overdue?format=csv", "manager").body()).startsWith("agreement,kind,description");
    }

    @Test
    void processNamesComeInTheAskedLanguageForTasklist() throws Exception {
        HttpResponse<String> spanish = get("/api/languages/es/process-names", "coordinator-gt");
        HttpResponse<String> english = get("/api/languages/en/process-names", "coordinator-gt");

        assertThat(spanish.statusCode()).isEqualTo(200);
        assertThat(spanish.body()).contains("\"agreement-lifecycle\":\"Ciclo de vida del acuerdo\"",
                "\"action-item\":\"Acción pendiente\"");
        assertThat(english.body()).contains("\"agreement-lifecycle\":\"Agreement lifecycle\"");
        HttpResponse<String> unknown = get("/api/languages/xx/process-names", "coordinator-gt");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("No texts in language 'xx'");
        assertThat(get("/api/languages/es/process-names", null).statusCode()).isEqualTo(401);
        // Tasklist's script, before its user logs in, gets no password prompt from the
        // browser
        HttpResponse<String> fromScript = this.http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/languages/es/process-names"))
                    .header("X-Requested-With", "XMLHttpRequest")
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(fromScript.statusCode()).isEqualTo(401);
        assertThat(fromScript.headers().firstValue("WWW-Authenticate")).isEmpty();
        assertThat(get("/api/languages/es/process-names", null).headers().firstValue("WWW-Authenticate")).isPresent();
    }

    @Test
    void theOpenApiDescriptionNeedsALoginAndDescribesTheApi() throws Exception {
        assertThat(get("/api/openapi", null).statusCode()).isEqualTo(401);
        assertThat(get("/api/openapi", "manager").body()).contains("/api/agreements/import", "/api/progress",
                "/api/portfolio", "/api/exports/{table}", "/api/agreements/{id}/evidence", "/api/parties");
        // an agreement's whole answer is described field by field, not as a free map
        assertThat(get("/api/openapi", "manager").body()).contains("\"AgreementDetail\"", "\"CommitmentLine\"",
                "\"CurrentStep\"");
    }

    private static String file(String id) {
        LocalDate signed = LocalDate.now().minusDays(10);
        return """
                id: %s
                title: API test
                instrumentType: BILATERAL_MOC
                dateSigned: %s
                leadParty: us
                parties:
                  - {name: DHS, country: us, role: SIGNATORY}
                  - {name: Guatemalan Ministry of Government, country: gt, role: SIGNATORY}
                commitments:
                  - text: Train investigators
                    areas: [BORDER_SECURITY]
                    status: {level: FULL, evidence: doc, source: readout, reliability: OFFICIAL}
                    deliverables: [{kind: TRAINING, title: Course, ownerParty: us, dueDate: %s}]
                finalTextDue: {date: %s}
                signature: {signedOn: %s, place: Guatemala, signatories: Both ministers, documentRef: doc}
                """.formatted(id, signed, signed.plusDays(60), signed, signed);
    }

    private HttpResponse<String> get(String path, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
        if (user != null) {
            request.header("Authorization", basic(user));
        }
        return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String user, String type, String body) throws Exception {
        return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
            .header("Authorization", basic(user))
            .header("Content-Type", type)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
    }

}
