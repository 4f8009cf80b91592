package org.agreementtracker.evidence.web;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.agreementtracker.agreement.process.JointStatements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Evidence files over HTTP on real PostgreSQL, as the agreement page or a script sends
 * them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EvidenceApiIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A one-page PDF, as small as a PDF gets. */
    private static final byte[] PDF = """
            %PDF-1.4
            1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
            2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj
            trailer << /Root 1 0 R >>
            %%EOF
            """.getBytes(StandardCharsets.US_ASCII);

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    private String id;

    private long deliverableId;

    @BeforeEach
    void importASignedAgreementWithADeliverable() throws Exception {
        this.id = JointStatements.uniqueId("AGR-EVIDENCE");
        LocalDate signed = LocalDate.now().minusDays(10);
        String file = """
                id: %s
                title: Evidence test
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
                """.formatted(this.id, signed, signed.plusDays(60), signed, signed);
        HttpResponse<String> created = this.http
            .send(request("/api/agreements/import", "manager").header("Content-Type", "application/yaml")
                .POST(HttpRequest.BodyPublishers.ofString(file))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode agreement = JSON.readTree(get("/api/agreements/" + this.id, "manager").body());
        this.deliverableId = agreement.path("deliverables").get(0).path("id").asLong();
    }

    @Test
    void aPartyCoordinatorAttachesAnAttendanceSheetThatThePartnerListsAndDownloads() throws Exception {
        HttpResponse<String> attached = upload("coordinator-us", "DELIVERY", this.deliverableId,
                "../../attendance <sheet>.pdf", PDF);

        assertThat(attached.statusCode()).as(attached.body()).isEqualTo(201);
        JsonNode file = JSON.readTree(attached.body());
        assertThat(file.path("fileName").asText()).isEqualTo("attendance sheet.pdf");
        assertThat(file.path("contentType").asText()).isEqualTo("application/pdf");
        assertThat(file.path("uploadedBy").asText()).isEqualTo("coordinator-us");
        assertThat(file.path("sizeBytes").asLong()).isEqualTo(PDF.length);
        assertThat(attached.headers().firstValue("Location").orElseThrow())
            .endsWith("/api/agreements/" + this.id + "/evidence/" + file.path("id").asLong());

        JsonNode listed = JSON.readTree(get("/api/agreements/" + this.id + "/evidence", "coordinator-gt").body());
        assertThat(listed.findValuesAsText("fileName")).containsExactly("attendance sheet.pdf");
        HttpResponse<byte[]> download = this.http
            .send(request("/api/agreements/" + this.id + "/evidence/" + file.path("id").asLong(), "coordinator-gt")
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(PDF);
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment")
            .contains("attendance");
        assertThat(download.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(get("/api/agreements/" + this.id + "/status-history", "manager").body()).contains(
                "Evidence file \\\"attendance sheet.pdf\\\" attached to delivery of deliverable " + this.deliverableId);
    }

    @Test
    void aProgramNamedLikeAPdfIsRefusedAndNothingIsStored() throws Exception {
        byte[] program = new byte[512];
        program[0] = 'M';
        program[1] = 'Z';
        program[60] = (byte) 0x80;
        System.arraycopy("PE\0\0".getBytes(StandardCharsets.ISO_8859_1), 0, program, 0x80, 4);

        HttpResponse<String> refused = upload("coordinator-us", "DELIVERY", this.deliverableId, "report.pdf", program);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("report.pdf").contains("not accepted");
        assertThat(get("/api/agreements/" + this.id + "/evidence", "manager").body()).isEqualTo("[]");
    }

    @Test
    void aFileOverTheLimitIsRefusedWithTheLimitAndNothingIsStored() throws Exception {
        byte[] large = Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1);

        HttpResponse<String> refused = upload("manager", "DELIVERY", this.deliverableId, "scan.pdf", large);

        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.body()).contains("at most 10485760");
        assertThat(get("/api/agreements/" + this.id + "/evidence", "manager").body()).isEqualTo("[]");
    }

    @Test
    void aCoordinatorOfAnotherPartyFindsNoSuchAgreementWhateverSheAsks() throws Exception {
        upload("coordinator-us", "DELIVERY", this.deliverableId, "sheet.pdf", PDF);

        assertThat(get("/api/agreements/" + this.id + "/evidence", "coordinator-hn").statusCode()).isEqualTo(404);
        assertThat(get("/api/agreements/" + this.id + "/evidence/1", "coordinator-hn").statusCode()).isEqualTo(404);
        assertThat(upload("coordinator-hn", "DELIVERY", this.deliverableId, "sheet.pdf", PDF).statusCode())
            .isEqualTo(404);
        assertThat(get("/api/agreements/" + this.id + "/evidence", null).statusCode()).isEqualTo(401);
    }

    @Test
    void aFileForARecordOfAnotherAgreementOrOfAnUnknownKindIsRefused() throws Exception {
        HttpResponse<String> otherMeeting = upload("manager", "MEETING", 999_999, "minutes.pdf", PDF);
        HttpResponse<String> unknownKind = upload("manager", "LETTER", this.deliverableId, "minutes.pdf", PDF);

        assertThat(otherMeeting.statusCode()).isEqualTo(400);
        assertThat(otherMeeting.body()).contains("meeting 999999");
        assertThat(unknownKind.statusCode()).isEqualTo(400);
        assertThat(get("/api/agreements/" + this.id + "/evidence", "manager").body()).isEqualTo("[]");
    }

    private HttpResponse<String> upload(String user, String kind, long supportsId, String fileName, byte[] content)
            throws Exception {
        String boundary = "evidence-" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/pdf\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        String path = "/api/agreements/" + this.id + "/evidence?kind=" + kind + "&supportsId=" + supportsId;
        return this.http.send(request(path, user).header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
            .build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String user) throws Exception {
        return this.http.send(request(path, user).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path, String user) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
        if (user != null) {
            request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        }
        return request;
    }

}
