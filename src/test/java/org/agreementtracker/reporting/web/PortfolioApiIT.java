package org.agreementtracker.reporting.web;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.agreementtracker.agreement.process.JointStatements;
import org.agreementtracker.shared.Parties;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The manager's and the partner's view over HTTP, on real PostgreSQL with the demo data,
 * at a fixed engine clock.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PortfolioApiIT {

    private static final String COMPACT = "AGR-2019-REGIONAL-COMPACT";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    Parties parties;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theRegionalCompactsFinalTextIsLateByElevenDaysWithTheStepThatWouldDeliverIt() throws Exception {
        importDemoData();
        moveClockTo(LocalDate.of(2019, 4, 11));

        JsonNode answer = json(get("/api/agreements/" + COMPACT + "/deadlines", "manager", null));

        JsonNode finalText = kind(answer.path("deadlines"), "FINAL_TEXT").get(0);
        assertThat(finalText.path("due").asText()).isEqualTo("2019-03-31");
        assertThat(finalText.path("lateness").asText()).isEqualTo("LATE");
        assertThat(finalText.path("daysLate").asLong()).isEqualTo(11);
        assertThat(finalText.path("stated").asText()).contains("next month");
        assertThat(finalText.path("steps").findValuesAsText("taskKey")).contains("UserTask_DraftMemorandumText");
        assertThat(answer.path("waitingOn")).anySatisfy(step -> {
            assertThat(step.path("taskKey").asText()).isEqualTo("UserTask_DraftMemorandumText");
            assertThat(step.path("holders").toString()).contains("coordinators-us");
        });
        JsonNode listed = byId(json(get("/api/agreements", "manager", null)), COMPACT);
        assertThat(listed.path("overdueItems").asLong()).as("overdue counts the late final text, not only tasks")
            .isGreaterThanOrEqualTo(1);
    }

    @Test
    void anOverdueDeliverableCountsForItsAgreementAndForTheOwnerParty() throws Exception {
        String id = JointStatements.uniqueId("AGR-LATE");
        LocalDate due = importAgreement(id, "Late deliverable test");
        moveClockTo(due.plusDays(5));

        JsonNode portfolio = json(get("/api/portfolio", "manager", null));

        JsonNode line = byId(portfolio.path("agreements"), id);
        assertThat(line.path("late").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(line.path("mostDaysLate").asLong()).isGreaterThanOrEqualTo(5);
        assertThat(byKey(portfolio.path("parties"), "us").path("late").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(byKey(portfolio.path("areas"), "BORDER_SECURITY").path("late").asInt()).isGreaterThanOrEqualTo(1);
        JsonNode deliverable = kind(
                json(get("/api/agreements/" + id + "/deadlines", "manager", null)).path("deadlines"), "DELIVERABLE")
            .get(0);
        assertThat(deliverable.path("subject").asText()).isEqualTo("Course");
        assertThat(deliverable.path("daysLate").asLong()).isEqualTo(5);
        assertThat(deliverable.path("owner").asText()).isEqualTo("us");
        assertThat(json(get("/api/late-items", "manager", null))).anySatisfy(item -> {
            assertThat(item.path("agreementId").asText()).isEqualTo(id);
            assertThat(item.path("kind").asText()).isEqualTo("DELIVERABLE");
        });
    }

    @Test
    void exportsOpenAsSpreadsheetsWithTheReadersRowsAndHeadersAndAFormulaCellDefused() throws Exception {
        String id = JointStatements.uniqueId("AGR-EXPORT");
        LocalDate due = importAgreement(id, "=HYPERLINK(\"https://example.org\",\"click\")");
        moveClockTo(due.plusDays(3));

        HttpResponse<byte[]> xlsx = bytes("/api/exports/late-items?format=xlsx", "coordinator-gt", null);
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Disposition").orElseThrow()).contains("late-items-")
            .contains(".xlsx");
        List<List<Cell>> rows = sheet(xlsx.body());
        assertThat(rows.get(0).get(0).getStringCellValue()).as("Guatemala works in Spanish")
            .isEqualTo("Id del acuerdo");
        List<Cell> late = rows.stream()
            .filter(row -> id.equals(row.get(0).getStringCellValue())
                    && "Entregable".equals(row.get(2).getStringCellValue()))
            .findFirst()
            .orElseThrow();
        assertThat(late.get(1).getCellType()).isEqualTo(CellType.STRING);
        assertThat(late.get(1).getStringCellValue()).isEqualTo("'=HYPERLINK(\"https://example.org\",\"click\")");
        assertThat(late.get(3).getStringCellValue()).isEqualTo("Course");
        assertThat(late.get(6).getNumericCellValue()).as("days late").isEqualTo(3.0);
        Set<String> visibleToGuatemala = ids(json(get("/api/agreements", "coordinator-gt", null)));
        assertThat(rows.subList(1, rows.size()))
            .allSatisfy(row -> assertThat(visibleToGuatemala).contains(row.get(0).getStringCellValue()));

        HttpResponse<String> csv = get("/api/exports/portfolio?format=csv", "manager", "en-US");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        String text = csv.body().replace("\uFEFF", "");
        assertThat(text).startsWith("Agreement id,Title,Stage,Lead party");
        assertThat(text).contains("'=HYPERLINK(").doesNotContain(",=HYPERLINK(").doesNotContain(",\"=HYPERLINK(");
        for (String table : List.of("portfolio", "commitments", "status-history", "late-items")) {
            assertThat(sheet(bytes("/api/exports/" + table, "manager", null).body())).as(table).isNotEmpty();
        }
    }

    @Test
    void theStatusHistoryReadsInTheReadersLanguageWithDaysAndPartiesInWords() throws Exception {
        String id = JointStatements.uniqueId("AGR-HISTORY");
        importAgreement(id, "History in two languages");

        JsonNode english = json(get("/api/agreements/" + id + "/status-history", "manager", "en-US"));
        JsonNode spanish = json(get("/api/agreements/" + id + "/status-history", "coordinator-gt", null));

        assertThat(english.findValuesAsText("note")).anySatisfy(
                note -> assertThat(note).startsWith("Implementation started: 1 commitment, senior meetings none"));
        assertThat(spanish.findValuesAsText("note"))
            .anySatisfy(note -> assertThat(note).startsWith("Comienza la implementación: 1 compromiso,"))
            .anySatisfy(note -> assertThat(note).matches("Memorando firmado el \\d{2}/\\d{2}/\\d{4} en Guatemala .*"))
            .noneSatisfy(note -> assertThat(note).contains("Implementation started"));
    }

    @Test
    void anExportOfAnUnknownTableOrFormatIsRefusedNamingTheChoices() throws Exception {
        HttpResponse<String> table = get("/api/exports/everything", "manager", null);
        HttpResponse<String> format = get("/api/exports/portfolio?format=pdf", "manager", null);

        assertThat(table.statusCode()).isEqualTo(400);
        assertThat(table.body()).contains("portfolio, commitments, status-history, late-items");
        assertThat(format.statusCode()).isEqualTo(400);
        assertThat(format.body()).contains("csv or xlsx");
    }

    @Test
    void eachPartysCoordinatorSeesTheDeadlinesAndPortfolioOfItsOwnAgreementsOnly() throws Exception {
        importDemoData();
        for (String party : this.parties.codes()) {
            String user = "coordinator-" + party;
            Set<String> own = ids(json(get("/api/agreements", user, null)));
            JsonNode portfolio = json(get("/api/portfolio", user, null));
            Set<String> inPortfolio = new HashSet<>();
            portfolio.path("agreements").forEach(line -> inPortfolio.add(line.path("id").asText()));
            assertThat(inPortfolio).as(user).isEqualTo(own);
            for (JsonNode item : json(get("/api/late-items", user, null))) {
                assertThat(own).as(user).contains(item.path("agreementId").asText());
            }
            for (String table : List.of("portfolio", "late-items")) {
                List<List<Cell>> rows = sheet(bytes("/api/exports/" + table, user, null).body());
                assertThat(rows.subList(1, rows.size())).as("%s exports %s", user, table)
                    .allSatisfy(row -> assertThat(own).contains(row.get(0).getStringCellValue()));
            }
            for (String other : ids(json(get("/api/agreements", "manager", null)))) {
                int status = get("/api/agreements/" + other + "/deadlines", user, null).statusCode();
                assertThat(status).as("%s asks for %s", user, other).isEqualTo(own.contains(other) ? 200 : 404);
            }
        }
        assertThat(get("/api/portfolio", null, null).statusCode()).isEqualTo(401);
    }

    /** The demonstration agreements, imported as an operator would import their files. */
    private void importDemoData() throws Exception {
        for (org.springframework.core.io.Resource file : new org.springframework.core.io.support.PathMatchingResourcePatternResolver()
            .getResources("classpath:demo/20*.yaml")) {
            HttpResponse<String> imported = importFile(file.getContentAsString(StandardCharsets.UTF_8));
            assertThat(imported.statusCode()).as(imported.body()).isIn(200, 201);
        }
    }

    private HttpResponse<String> importFile(String file) throws Exception {
        return this.http
            .send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/agreements/import"))
                .header("Authorization", basic("manager"))
                .header("Content-Type", "application/yaml")
                .POST(HttpRequest.BodyPublishers.ofString(file, StandardCharsets.UTF_8))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private LocalDate importAgreement(String id, String title) throws Exception {
        LocalDate signed = LocalDate.now().minusDays(10);
        LocalDate due = signed.plusDays(60);
        String file = """
                id: %s
                title: '%s'
                instrumentType: BILATERAL_MOC
                dateSigned: %s
                leadParty: us
                parties:
                  - {name: DHS, country: us, role: SIGNATORY}
                  - {name: Guatemalan Ministry of Government, country: gt, role: SIGNATORY}
                commitments:
                  - text: Train investigators
                    areas: [BORDER_SECURITY]
                    deliverables: [{kind: TRAINING, title: Course, ownerParty: us, dueDate: %s}]
                finalTextDue: {date: %s}
                signature: {signedOn: %s, place: Guatemala, signatories: Both ministers, documentRef: doc}
                """.formatted(id, title.replace("'", "''"), signed, due, signed, signed);
        HttpResponse<String> created = this.http
            .send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/agreements/import"))
                .header("Authorization", basic("manager"))
                .header("Content-Type", "application/yaml")
                .POST(HttpRequest.BodyPublishers.ofString(file, StandardCharsets.UTF_8))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return due;
    }

    private static void moveClockTo(LocalDate day) {
        ClockUtil.setCurrentTime(Date.from(day.atTime(12, 0).toInstant(ZoneOffset.UTC)));
    }

    private static List<JsonNode> kind(JsonNode deadlines, String kind) {
        List<JsonNode> found = new ArrayList<>();
        deadlines.forEach(deadline -> {
            if (kind.equals(deadline.path("kind").asText())) {
                found.add(deadline);
            }
        });
        assertThat(found).as("a %s deadline in %s", kind, deadlines).isNotEmpty();
        return found;
    }

    private static JsonNode byId(JsonNode lines, String id) {
        for (JsonNode line : lines) {
            if (id.equals(line.path("id").asText())) {
                return line;
            }
        }
        throw new AssertionError("no " + id + " in " + lines);
    }

    private static JsonNode byKey(JsonNode tallies, String key) {
        for (JsonNode tally : tallies) {
            if (key.equals(tally.path("key").asText())) {
                return tally;
            }
        }
        throw new AssertionError("no " + key + " in " + tallies);
    }

    private static Set<String> ids(JsonNode agreements) {
        Set<String> ids = new HashSet<>();
        agreements.forEach(agreement -> ids.add(agreement.path("id").asText()));
        return ids;
    }

    private static List<List<Cell>> sheet(byte[] xlsx) throws Exception {
        List<List<Cell>> rows = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                List<Cell> cells = new ArrayList<>();
                for (int column = 0; column < row.getLastCellNum(); column++) {
                    cells.add(row.getCell(column, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK));
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> get(String path, String user, String language) throws Exception {
        return this.http.send(request(path, user, language), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<byte[]> bytes(String path, String user, String language) throws Exception {
        return this.http.send(request(path, user, language), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpRequest request(String path, String user, String language) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
        if (user != null) {
            request.header("Authorization", basic(user));
        }
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return request.build();
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
    }

}
