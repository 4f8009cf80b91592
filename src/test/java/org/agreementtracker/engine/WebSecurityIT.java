package org.agreementtracker.engine;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability
class WebSecurityIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    static Stream<Arguments> protectedRoutes() {
        return Stream.of(Arguments.of("GET", "/engine-rest/engine"), Arguments.of("GET", "/engine-rest/version"),
                Arguments.of("GET", "/engine-rest/process-definition"),
                Arguments.of("GET", "/engine-rest/process-definition/key/smoke-test/xml"),
                Arguments.of("POST", "/engine-rest/process-definition/key/smoke-test/start"),
                Arguments.of("GET", "/engine-rest/process-instance"), Arguments.of("GET", "/engine-rest/task"),
                Arguments.of("POST", "/engine-rest/task/some-id/complete"), Arguments.of("GET", "/engine-rest/user"),
                Arguments.of("GET", "/engine-rest/group"), Arguments.of("GET", "/engine-rest/authorization"),
                Arguments.of("GET", "/engine-rest/deployment"), Arguments.of("POST", "/engine-rest/deployment/create"),
                Arguments.of("GET", "/engine-rest/history/process-instance"),
                Arguments.of("GET", "/engine-rest/history/variable-instance"), Arguments.of("GET", "/engine-rest/job"),
                Arguments.of("GET", "/engine-rest/incident"), Arguments.of("POST", "/engine-rest/message"),
                Arguments.of("GET", "/engine-rest/filter"), Arguments.of("GET", "/engine-rest/variable-instance"),
                Arguments.of("GET", "/engine-rest/engine/default/task"), Arguments.of("GET", "/api/agreements"),
                Arguments.of("POST", "/api/agreements"), Arguments.of("GET", "/api/anything/at/all"),
                Arguments.of("GET", "/actuator"), Arguments.of("GET", "/actuator/prometheus"),
                Arguments.of("GET", "/actuator/metrics"), Arguments.of("GET", "/actuator/env"),
                Arguments.of("GET", "/camunda/api/engine/engine/default/process-definition"),
                Arguments.of("GET", "/camunda/api/engine/engine/default/task"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("protectedRoutes")
    void answersWithoutCredentialsWith401AndNoData(String method, String path) throws Exception {
        HttpResponse<String> response = send(method, path, null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).doesNotContain("smoke-test:", "coordinator-", "processInstanceId");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("protectedRoutes")
    void answersWrongPasswordWith401(String method, String path) throws Exception {
        if (path.startsWith("/camunda/api")) {
            return; // the webapps use their login form and session, not HTTP Basic
        }
        // Not a real account: the engine locks an account after repeated wrong passwords.
        HttpResponse<String> response = send(method, path, basic("intruder", "guessed"));

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void refusesAKnownUserWithTheWrongPassword() throws Exception {
        HttpResponse<String> response = send("GET", "/engine-rest/task", basic("reviewer", "not-the-password"));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).doesNotContain("\"id\"");
    }

    @Test
    void healthAnswersAnonymousProbesWithStatusOnly() throws Exception {
        HttpResponse<String> response = send("GET", "/actuator/health", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"").doesNotContain("components", "PostgreSQL");
    }

    @Test
    void healthShowsDatabaseAndEngineToAdministrators() throws Exception {
        HttpResponse<String> response = send("GET", "/actuator/health", basic("admin", "admin"));

        assertThat(response.body()).contains("\"db\"", "PostgreSQL", "\"processEngine\"");
    }

    @Test
    void prometheusMetricsAnswerAnAuthenticatedUser() throws Exception {
        HttpResponse<String> response = send("GET", "/actuator/prometheus", basic("manager", "manager"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("jvm_memory_used_bytes", "hikaricp_connections");
    }

    @Test
    void engineRestAnswersValidCredentialsWithTheUsersView() throws Exception {
        HttpResponse<String> asCoordinator = send("GET", "/engine-rest/process-definition?key=agreement-lifecycle",
                basic("coordinator-us", "coordinator-us"));
        HttpResponse<String> smokeTest = send("GET", "/engine-rest/process-definition?key=smoke-test",
                basic("coordinator-us", "coordinator-us"));
        HttpResponse<String> asOtherParty = send("GET", "/engine-rest/user", basic("coordinator-gt", "coordinator-gt"));

        assertThat(asCoordinator.statusCode()).isEqualTo(200);
        assertThat(asCoordinator.body()).contains("\"key\":\"agreement-lifecycle\"");
        assertThat(smokeTest.body()).as("the smoke test is the managers' only").isEqualTo("[]");
        assertThat(asOtherParty.statusCode()).isEqualTo(200);
        assertThat(asOtherParty.body()).contains("coordinator-gt").doesNotContain("coordinator-us", "manager");
    }

    @Test
    void ourApiTellsAnAuthenticatedCallerAboutAMissingRouteWithoutLeakingAnything() throws Exception {
        HttpResponse<String> response = send("GET", "/api/no-such-thing", basic("manager", "manager"));

        assertThat(response.statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> send(String method, String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
            .header("Content-Type", "application/json")
            .method(method, method.equals("GET") ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString("{}"));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

}
