package org.agreementtracker.engine;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.agreementtracker.agreement.process.JointStatements;
import org.agreementtracker.shared.Parties;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A manager registers Panama at run time; a US–Panama file then imports, and Panama's
 * coordinator sees and completes Panama's work only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PartyRegistrationIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine engine;

    @Autowired
    Parties parties;

    @Test
    void aRegisteredPartyTakesPartInAgreementsAndItsCoordinatorSeesOnlyItsOwnWork() throws Exception {
        String id = JointStatements.uniqueId("AGR-PANAMA");
        String file = panamaFile(id);
        HttpResponse<String> refusedBefore = send("POST", "/api/agreements/import", "manager", "application/yaml",
                file);
        if (!this.parties.isKnown("pa")) {
            assertThat(refusedBefore.statusCode()).isEqualTo(400);
            assertThat(refusedBefore.body()).contains("'pa' is not a registered party").contains("POST /api/parties");
            HttpResponse<String> registered = send("POST", "/api/parties", "manager", "application/json",
                    "{\"code\": \"pa\", \"name\": \"Panama\", \"nameEs\": \"Panamá\", \"language\": \"es\"}");
            assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        }

        HttpResponse<String> imported = send("POST", "/api/agreements/import", "manager", "application/yaml", file);

        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        assertThat(this.engine.getIdentityService().createGroupQuery().groupId("coordinators-pa").count()).isOne();
        JsonNode own = JSON.readTree(send("GET", "/api/agreements", "coordinator-pa", null, null).body());
        Set<String> ids = new HashSet<>();
        own.forEach(agreement -> ids.add(agreement.path("id").asText()));
        assertThat(ids).contains(id);
        assertThat(ids).allSatisfy(visible -> assertThat(visible).startsWith("AGR-PANAMA"));
        // Panama reviews the draft through the REST API, as Tasklist does
        this.engine.getIdentityService().setAuthentication("coordinator-us", java.util.List.of("coordinators-us"));
        var draft = this.engine.getTaskService()
            .createTaskQuery()
            .processInstanceBusinessKey(id)
            .taskDefinitionKey("UserTask_DraftMemorandumText")
            .singleResult();
        this.engine.getFormService()
            .submitTaskForm(draft.getId(),
                    java.util.Map.of("draftDocumentRef", "docs://draft-1", "draftSummary", "First draft"));
        this.engine.getIdentityService().clearAuthentication();
        JsonNode tasks = JSON.readTree(
                send("GET", "/engine-rest/task?processInstanceBusinessKey=" + id, "coordinator-pa", null, null).body());
        assertThat(tasks).hasSize(1);
        assertThat(tasks.get(0).path("taskDefinitionKey").asText()).isEqualTo("UserTask_ReviewMemorandumDraft");
        String review = tasks.get(0).path("id").asText();
        HttpResponse<String> completed = send("POST", "/engine-rest/task/" + review + "/submit-form", "coordinator-pa",
                "application/json", "{\"variables\": {\"reviewDecision\": {\"value\": \"APPROVED\"}}}");
        assertThat(completed.statusCode()).as(completed.body()).isIn(200, 204);
        JsonNode others = JSON.readTree(
                send("GET", "/engine-rest/task?candidateGroup=coordinators-gt", "coordinator-pa", null, null).body());
        assertThat(others).as("nothing of Guatemala's").isEmpty();
        assertThat(JSON.readTree(send("GET", "/api/languages/es/words", "coordinator-pa", null, null).body())
            .path("party.pa")
            .asText()).isEqualTo("Panamá");
        // Tasklist's forms offer the registered party in their party selects, in their
        // language
        String english = send("GET", "/engine-rest/process-definition/key/agreement-lifecycle/deployed-start-form",
                "coordinator-us", null, null)
            .body();
        String spanish = send("GET", "/engine-rest/process-definition/key/agreement-lifecycle/deployed-start-form",
                "coordinator-gt", null, null)
            .body();
        assertThat(english).contains("{\"label\":\"Panama\",\"value\":\"pa\"}");
        assertThat(spanish).contains("{\"label\":\"Panamá\",\"value\":\"pa\"}");
    }

    @Test
    void onlyManagersRegisterAndABadOrRepeatedPartyIsRefusedWithTheReason() throws Exception {
        HttpResponse<String> byCoordinator = send("POST", "/api/parties", "coordinator-us", "application/json",
                "{\"code\": \"cr\", \"name\": \"Costa Rica\"}");
        HttpResponse<String> badCode = send("POST", "/api/parties", "manager", "application/json",
                "{\"code\": \"Costa Rica\", \"name\": \"\", \"language\": \"fr\"}");
        HttpResponse<String> again = send("POST", "/api/parties", "manager", "application/json",
                "{\"code\": \"gt\", \"name\": \"Guatemala\"}");

        assertThat(byCoordinator.statusCode()).isEqualTo(403);
        assertThat(badCode.statusCode()).isEqualTo(400);
        assertThat(badCode.body()).contains("code must be").contains("name is required").contains("language must be");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(this.parties.isKnown("cr")).isFalse();
        assertThat(this.engine.getIdentityService().createGroupQuery().groupId("coordinators-cr").count()).isZero();
    }

    @Test
    void aManagerChangesAPartysNamesAndLanguageAndItsCoordinatorsGetTheFiltersOfThatLanguage() throws Exception {
        String code = "cr-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).replaceAll("[0-9]", "x");
        HttpResponse<String> registered = send("POST", "/api/parties", "manager", "application/json",
                "{\"code\": \"" + code + "\", \"name\": \"Costa Rica\"}");
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        assertThat(filterNamesReadableBy("coordinators-" + code)).contains("My open tasks");

        HttpResponse<String> changed = send("PUT", "/api/parties/" + code, "manager", "application/json",
                "{\"nameEs\": \"Costa Rica (República de)\", \"language\": \"es\"}");

        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        JsonNode party = JSON.readTree(changed.body());
        assertThat(party.path("name").asText()).as("left out, the name stays").isEqualTo("Costa Rica");
        assertThat(party.path("nameEs").asText()).isEqualTo("Costa Rica (República de)");
        assertThat(party.path("language").asText()).isEqualTo("es");
        assertThat(this.parties.find(code)).hasValueSatisfying(known -> assertThat(known.language()).isEqualTo("es"));
        assertThat(this.engine.getIdentityService()
            .createGroupQuery()
            .groupId("coordinators-" + code)
            .singleResult()
            .getName()).contains("Costa Rica (República de)");
        assertThat(filterNamesReadableBy("coordinators-" + code)).as("the Spanish filters, no longer the English")
            .contains("Mis tareas abiertas")
            .doesNotContain("My open tasks");
        JsonNode listed = JSON.readTree(send("GET", "/api/parties", "coordinator-us", null, null).body());
        assertThat(listed.findValuesAsText("code")).contains(code);

        assertThat(send("PUT", "/api/parties/" + code, "coordinator-us", "application/json", "{\"name\": \"X\"}")
            .statusCode()).isEqualTo(403);
        assertThat(
                send("PUT", "/api/parties/zz-unknown", "manager", "application/json", "{\"name\": \"X\"}").statusCode())
            .isEqualTo(404);
        HttpResponse<String> bad = send("PUT", "/api/parties/" + code, "manager", "application/json",
                "{\"code\": \"other\", \"language\": \"fr\"}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("code cannot change");
        HttpResponse<String> badLanguage = send("PUT", "/api/parties/" + code, "manager", "application/json",
                "{\"language\": \"fr\"}");
        assertThat(badLanguage.statusCode()).isEqualTo(400);
        assertThat(badLanguage.body()).contains("language must be en or es");
        assertThat(this.parties.find(code)).hasValueSatisfying(known -> assertThat(known.language()).isEqualTo("es"));
    }

    private java.util.List<String> filterNamesReadableBy(String group) {
        var authorizations = this.engine.getAuthorizationService()
            .createAuthorizationQuery()
            .groupIdIn(group)
            .resourceType(org.camunda.bpm.engine.authorization.Resources.FILTER)
            .list();
        return authorizations.stream()
            .map(grant -> this.engine.getFilterService().getFilter(grant.getResourceId()).getName())
            .toList();
    }

    private static String panamaFile(String id) {
        LocalDate signed = LocalDate.now().minusDays(5);
        return """
                id: %s
                title: Joint statement of the United States and Panama on migration
                instrumentType: JOINT_STATEMENT
                dateSigned: %s
                leadParty: us
                parties:
                  - {name: U.S. Department of Homeland Security, country: us, role: SIGNATORY}
                  - {name: Ministry of Public Security of Panama, country: pa, role: SIGNATORY}
                commitments:
                  - text: Share biometric records of migrants crossing the Darién
                    areas: [BIOMETRICS]
                finalTextDue: {date: %s}
                """.formatted(id, signed, signed.plusDays(60));
    }

    private HttpResponse<String> send(String method, String path, String user, String type, String body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
            .header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        if (type != null) {
            request.header("Content-Type", type);
        }
        request.method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

}
