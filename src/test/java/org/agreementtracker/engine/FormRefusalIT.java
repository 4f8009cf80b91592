package org.agreementtracker.engine;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.agreementtracker.agreement.process.JointStatements;
import org.agreementtracker.language.FormLabels;
import org.agreementtracker.support.ProcessTestSupport;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every form's invalid submission, through the REST API as Tasklist sends it, answers 400
 * with each broken rule as {@code {field, component, message}}: the message names the
 * field by its label in the submitter's language and holds no engine text, key or id; the
 * task stays open and nothing is written.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FormRefusalIT extends ProcessTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final Pattern ENGINE_TEXT = Pattern
        .compile("[0-9a-f]{8}-[0-9a-f]{4}-|ENGINE-|Cannot submit|Cannot instantiate|form data is invalid|Exception");

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    FormLabels labels;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyTaskFormAsksForEachOfItsRequiredFieldsByItsLabelAndChangesNothing() throws Exception {
        // given: an agreement in negotiation, one signed with meetings, deliverables and
        // indicator reports due
        String negotiating = JointStatements.uniqueId("AGR-REFUSE-NEG");
        recordAgreement(negotiating, JointStatements.bilateral());
        Task draft = single(negotiating, "UserTask_DraftMemorandumText");
        List<Refusal> refusals = new ArrayList<>();
        refusals.add(submitEmpty(draft, "coordinator-us"));
        complete(draft, "coordinator-us", Map.of("draftDocumentRef", "docs://draft", "draftSummary", "Draft"));
        Task usReview = reviewOf(negotiating, "us");
        refusals.add(submitEmpty(usReview, "coordinator-us"));
        complete(usReview, "coordinator-us", Map.of("reviewDecision", "APPROVED"));
        complete(reviewOf(negotiating, "gt"), "coordinator-gt",
                Map.of("reviewDecision", "CHANGES_REQUESTED", "reviewComments", "Name the crossings"));
        refusals.add(submitEmpty(single(negotiating, "UserTask_ReviseMemorandumDraft"), "coordinator-us"));

        String signing = JointStatements.uniqueId("AGR-REFUSE-SIGN");
        recordAgreement(signing, JointStatements.bilateral());
        complete(single(signing, "UserTask_DraftMemorandumText"), "coordinator-us",
                Map.of("draftDocumentRef", "docs://draft", "draftSummary", "Draft"));
        complete(reviewOf(signing, "us"), "coordinator-us", Map.of("reviewDecision", "APPROVED"));
        complete(reviewOf(signing, "gt"), "coordinator-gt", Map.of("reviewDecision", "APPROVED"));
        refusals.add(submitEmpty(single(signing, "UserTask_SignMemorandum"), "coordinator-us"));

        String implementing = signedAgreement("AGR-REFUSE-IMPL", "R/P1M", "");
        Task plan = tasks(implementing, "UserTask_PlanDeliverables").get(0);
        complete(plan, "coordinator-us", Map.of());
        Task assess = tasks(implementing, "UserTask_AssessImplementationStatus").get(0);
        refusals.add(submitEmpty(assess, "coordinator-us"));
        complete(assess, "coordinator-us", Map.of("implementationStatus", "MINIMAL", "evidenceRef", "docs://readout",
                "evidenceSource", "DHS readout", "reliability", "OFFICIAL"));
        refusals.add(submitEmpty(single(implementing, "UserTask_ReviewAssessment"), "reviewer"));
        fire(timer(implementing, "TimerEvent_TimeToScheduleMeeting"));
        refusals.add(submitEmpty(single(implementing, "UserTask_ScheduleMeeting"), "coordinator-us"));
        fire(timer(implementing, "TimerEvent_ReportingPeriodEnded"));
        refusals.add(submitEmpty(single(implementing, "UserTask_ReportIndicatorValues"), "coordinator-us"));

        // then
        assertThat(refusals).hasSize(8).allSatisfy(refusal -> {
            assertThat(refusal.status()).as(refusal.form()).isEqualTo(400);
            assertThat(refusal.body().path("type").asText()).as(refusal.form()).isEqualTo("InvalidFormData");
            for (String field : requiredFields(refusal.form())) {
                String label = this.labels.field(refusal.form(), field, "en").orElseThrow().label();
                assertThat(errorsOf(refusal.body())).as("%s: %s is asked for by its label", refusal.form(), field)
                    .anySatisfy(error -> {
                        assertThat(error.path("field").asText()).isEqualTo(field);
                        assertThat(error.path("message").asText()).startsWith(label);
                    });
            }
            assertThat(errorsOf(refusal.body())).as(refusal.form()).allSatisfy(error -> {
                String message = error.path("message").asText();
                assertThat(message).doesNotContainPattern(ENGINE_TEXT);
                if (!error.path("field").isNull()) {
                    String field = error.path("field").asText();
                    if (!field.equalsIgnoreCase(message.split("[ :]")[0])) {
                        assertThat(message).as("no key in the text").doesNotContain(field);
                    }
                }
            });
            assertThat(refusal.body().path("message").asText()).doesNotContainPattern(ENGINE_TEXT);
            assertThat(refusal.stillOpen()).as("%s stays open", refusal.form()).isTrue();
            assertThat(refusal.variablesAfter()).as("%s: nothing written", refusal.form())
                .isEqualTo(refusal.variablesBefore());
        });
    }

    @Test
    void aSpanishCoordinatorIsToldInSpanishEvenWhenHerBrowserAsksForEnglish() throws Exception {
        String id = JointStatements.uniqueId("AGR-REFUSE-ES");
        recordAgreement(id, JointStatements.bilateral());
        complete(single(id, "UserTask_DraftMemorandumText"), "coordinator-us",
                Map.of("draftDocumentRef", "docs://draft", "draftSummary", "Draft"));
        Task review = reviewOf(id, "gt");

        HttpResponse<String> answer = submit("/engine-rest/task/" + review.getId() + "/submit-form", "coordinator-gt",
                "{\"variables\": {\"reviewDecision\": {\"value\": \"CHANGES_REQUESTED\"}, \"reviewComments\": "
                        + "{\"value\": \"" + "x".repeat(4001) + "\"}}}",
                "en-US");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(errorsOf(JSON.readTree(answer.body()))).singleElement().satisfies(error -> {
            assertThat(error.path("field").asText()).isEqualTo("reviewComments");
            assertThat(error.path("component").asText()).isEqualTo("Field_reviewComments");
            assertThat(error.path("message").asText()).isEqualTo("Comentarios: como máximo 4.000 caracteres");
        });
    }

    @Test
    void aManagerWhoseBrowserAsksForSpanishIsToldInSpanishAndWithoutTheHeaderInEnglish() throws Exception {
        String start = "/engine-rest/process-definition/key/withdraw-agreement/submit-form";

        HttpResponse<String> spanish = submit(start, "manager", "{\"variables\": {}}", "es-ES,es;q=0.9");
        HttpResponse<String> english = submit(start, "manager", "{\"variables\": {}}", null);

        assertThat(spanish.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(spanish.body()).path("message").asText()).startsWith("Corrija el formulario:");
        assertThat(english.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(english.body()).path("message").asText()).startsWith("Please correct the form:");
    }

    @Test
    void aCadenceInWordsIsUnderstoodAndOneThatIsNotIsRefusedWithAnExample() throws Exception {
        String id = JointStatements.uniqueId("AGR-REFUSE-CADENCE");
        recordAgreement(id, JointStatements.bilateral());
        complete(single(id, "UserTask_DraftMemorandumText"), "coordinator-us",
                Map.of("draftDocumentRef", "docs://draft", "draftSummary", "Draft"));
        complete(reviewOf(id, "us"), "coordinator-us", Map.of("reviewDecision", "APPROVED"));
        complete(reviewOf(id, "gt"), "coordinator-gt", Map.of("reviewDecision", "APPROVED"));
        Task sign = single(id, "UserTask_SignMemorandum");
        String signature = "\"signedOn\": {\"value\": \"" + JointStatements.today() + "\"}, "
                + "\"signedPlace\": {\"value\": \"Guatemala City\"}, \"signatories\": {\"value\": \"Both ministers\"}, "
                + "\"signedDocumentRef\": {\"value\": \"docs://signed\"}, \"workingMeetingCadence\": {\"value\": \"NONE\"}, "
                + "\"seniorMeetingCadence\": {\"value\": \"DATES\"}, ";

        HttpResponse<String> notUnderstood = submit("/engine-rest/task/" + sign.getId() + "/submit-form",
                "coordinator-us",
                "{\"variables\": {" + signature + "\"seniorMeetingDates\": {\"value\": \"now and then\"}}}", null);
        HttpResponse<String> understood = submit("/engine-rest/task/" + sign.getId() + "/submit-form", "coordinator-us",
                "{\"variables\": {" + signature + "\"seniorMeetingDates\": {\"value\": \"every 6 months\"}}}", null);

        assertThat(notUnderstood.statusCode()).isEqualTo(400);
        assertThat(errorsOf(JSON.readTree(notUnderstood.body()))).singleElement().satisfies(error -> {
            assertThat(error.path("field").asText()).isEqualTo("seniorMeetingDates");
            assertThat(error.path("message").asText()).startsWith("Senior-level meetings: dates or cadence:")
                .contains("'now and then'", "every 6 months");
        });
        assertThat(understood.statusCode()).isEqualTo(204);
        assertThat(this.jdbc.sql("select senior_meeting_cadence from tracker.agreement where id = ?")
            .param(id)
            .query(String.class)
            .single()).isEqualTo("R/P6M");
    }

    private Task reviewOf(String agreementId, String party) {
        return tasks(agreementId, "UserTask_ReviewMemorandumDraft").stream()
            .filter(task -> candidateGroups(task).contains("coordinators-" + party))
            .findFirst()
            .orElseThrow();
    }

    private Refusal submitEmpty(Task task, String user) throws Exception {
        String form = this.engine.getFormService().getTaskFormData(task.getId()).getCamundaFormRef().getKey();
        Map<String, Object> before = this.engine.getTaskService().getVariables(task.getId());
        HttpResponse<String> answer = submit("/engine-rest/task/" + task.getId() + "/submit-form", user,
                "{\"variables\": {}}", null);
        // Read at once: later steps of the test complete these tasks.
        boolean stillOpen = this.engine.getTaskService().createTaskQuery().taskId(task.getId()).count() == 1;
        Map<String, Object> after = stillOpen ? this.engine.getTaskService().getVariables(task.getId()) : Map.of();
        return new Refusal(form, task.getId(), answer.statusCode(), JSON.readTree(answer.body()), before, stillOpen,
                after);
    }

    private HttpResponse<String> submit(String path, String user, String body, String acceptLanguage) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
            .header("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<JsonNode> errorsOf(JsonNode body) {
        List<JsonNode> errors = new ArrayList<>();
        body.path("errors").forEach(errors::add);
        return errors;
    }

    /** The keys of a form's fields that it marks required and always shows. */
    private static List<String> requiredFields(String formId) throws IOException {
        List<String> required = new ArrayList<>();
        for (String folder : List.of("agreement", "meeting", "training", "reporting")) {
            ClassPathResource resource = new ClassPathResource("processes/" + folder + "/" + formId + ".form");
            if (resource.exists()) {
                try (InputStream content = resource.getInputStream()) {
                    for (JsonNode component : JSON.readTree(content).path("components")) {
                        if (component.path("validate").path("required").asBoolean() && !component.has("conditional")
                                && component.hasNonNull("key")) {
                            required.add(component.get("key").asText());
                        }
                    }
                }
                return required;
            }
        }
        throw new IllegalArgumentException("no form " + formId);
    }

    private record Refusal(String form, String taskId, int status, JsonNode body, Map<String, Object> variablesBefore,
            boolean stillOpen, Map<String, Object> variablesAfter) {
    }

}
