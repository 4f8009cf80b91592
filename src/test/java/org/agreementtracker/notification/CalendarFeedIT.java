package org.agreementtracker.notification;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.agreementtracker.agreement.process.JointStatements;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Calendar feeds over HTTP, parsed back with ical4j as a calendar program would. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "agreement-tracker.notifications.base-url=http://calendar.test")
class CalendarFeedIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void aCoordinatorSubscribesToMeetingsTrainingDatesAndDeadlinesOfTheirPartysAgreements() throws Exception {
        String id = JointStatements.uniqueId("AGR-CAL");
        LocalDate signed = LocalDate.now().minusDays(5);
        HttpResponse<String> imported = send("POST", "/api/agreements/import", "coordinator-us", """
                id: %s
                title: Calendar test
                instrumentType: BILATERAL_MOC
                dateSigned: %s
                leadParty: us
                parties:
                  - {name: DHS, country: us, role: SIGNATORY}
                  - {name: Ministry of Government, country: gt, role: SIGNATORY}
                commitments:
                  - text: Train investigators
                    areas: [HUMAN_TRAFFICKING_AND_SMUGGLING]
                    deliverables: [{kind: TRAINING, title: Investigators course, ownerParty: us, dueDate: %s}]
                finalTextDue: {date: %s}
                signature: {signedOn: %s, place: Guatemala, signatories: Both, documentRef: doc}
                meetings: {senior: R/P3M}
                endDate: %s
                """.formatted(id, signed, signed.plusDays(90), signed, signed, signed.plusYears(1)));
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);

        String address = new ObjectMapper().readTree(send("GET", "/api/calendar", "coordinator-gt", null).body())
            .get("calendar")
            .asText();
        assertThat(address).startsWith("http://calendar.test/calendar/").endsWith(".ics");
        String path = address.substring("http://calendar.test".length());
        HttpResponse<String> feed = send("GET", path, null, null);

        assertThat(feed.headers().firstValue("Content-Type")).get().asString().startsWith("text/calendar");
        Calendar calendar = new CalendarBuilder().build(new StringReader(feed.body()));
        List<String> summaries = calendar.<VEvent>getComponents("VEVENT")
            .stream()
            .map(event -> event.getSummary().getValue())
            .toList();
        // Guatemala's coordinators work in Spanish.
        assertThat(summaries).contains("Prevista: Reunión de alto nivel 1: Calendar test",
                "Vence: Investigators course", "Termina el acuerdo: Calendar test");
        VEvent meeting = calendar.<VEvent>getComponents("VEVENT")
            .stream()
            .filter(event -> event.getSummary().getValue().startsWith("Prevista: Reunión de alto nivel"))
            .findFirst()
            .orElseThrow();
        assertThat(meeting.getDateTimeStart().getValue()).startsWith(signed.plusMonths(3).toString().replace("-", ""));

        HttpResponse<String> oneAgreement = send("GET", path.replace(".ics", "/" + id + ".ics"), null, null);
        assertThat(new CalendarBuilder().build(new StringReader(oneAgreement.body())).getComponents("VEVENT"))
            .hasSize(3);
    }

    @Test
    void aFeedShowsNothingOfOtherPartiesAndAnUnknownTokenNothingAtAll() throws Exception {
        String mexico = new ObjectMapper().readTree(send("GET", "/api/calendar", "coordinator-mx", null).body())
            .get("calendar")
            .asText()
            .substring("http://calendar.test".length());
        String other = JointStatements.uniqueId("AGR-CAL-US");
        send("POST", "/api/agreements/import", "coordinator-us", """
                id: %s
                title: Not for Mexico
                instrumentType: BILATERAL_MOC
                dateSigned: %s
                leadParty: us
                parties: [{name: DHS, country: us, role: SIGNATORY}]
                areas: [BORDER_SECURITY]
                finalTextDue: {stated: next month}
                """.formatted(other, LocalDate.now().minusDays(1)));

        assertThat(send("GET", mexico, null, null).body()).doesNotContain("Not for Mexico");
        assertThat(send("GET", mexico.replace(".ics", "/" + other + ".ics"), null, null).statusCode()).isEqualTo(404);
        assertThat(send("GET", "/calendar/not-a-token.ics", null, null).statusCode()).isEqualTo(404);
        assertThat(send("GET", "/api/agreements/" + other + "/calendar.ics", "coordinator-mx", null).statusCode())
            .isEqualTo(404);
        assertThat(send("GET", "/api/agreements/" + other + "/calendar.ics", "manager", null).body())
            .contains("Final text due: Not for Mexico");

        String renewed = new ObjectMapper().readTree(send("POST", "/api/calendar/token", "coordinator-mx", "").body())
            .get("calendar")
            .asText();
        assertThat(renewed).isNotEqualTo("http://calendar.test" + mexico);
        assertThat(send("GET", mexico, null, null).statusCode()).as("the old address stops working").isEqualTo(404);
    }

    private HttpResponse<String> send(String method, String path, String user, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
            .method(method,
                    body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .header("Content-Type", "application/yaml");
        if (user != null) {
            request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        }
        return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

}
