package org.agreementtracker.evidence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.agreementtracker.agreement.process.JointStatements;
import org.agreementtracker.intake.AgreementImporter;
import org.agreementtracker.support.ProcessTestSupport;
import org.agreementtracker.training.DeliverableService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * With {@code agreement-tracker.evidence.folder} set, evidence bytes live in that folder:
 * the database keeps the facts and where the bytes are, a download reads them back, and
 * an upload whose transaction fails leaves no file behind.
 */
class EvidenceFolderTest extends ProcessTestSupport {

    private static final Path FOLDER = temporaryFolder();

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
        .getBytes(StandardCharsets.US_ASCII);

    @DynamicPropertySource
    static void evidenceFolder(DynamicPropertyRegistry registry) {
        registry.add("agreement-tracker.evidence.folder", FOLDER::toString);
    }

    @Autowired
    EvidenceService evidence;

    @Autowired
    AgreementImporter importer;

    @Autowired
    DeliverableService deliverables;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void anAttachedFileIsWrittenToTheFolderAndReadBackFromIt() throws IOException {
        String id = importedAgreement("FOLDER-EVIDENCE");
        long deliverable = this.deliverables.ofAgreement(id).get(0).id();

        EvidenceFile file = this.evidence.attach(id, EvidenceKind.DELIVERY, deliverable, "attendance.pdf", PDF);

        var row = this.jdbc.sql("select content, stored_as from tracker.evidence_file where id = ?")
            .param(file.id())
            .query()
            .singleRow();
        assertThat(row.get("content")).as("the bytes are not in the database").isNull();
        Path stored = FOLDER.resolve((String) row.get("stored_as"));
        assertThat(stored).exists().hasBinaryContent(PDF);
        assertThat(stored.getFileName().toString()).as("named by id and checksum, never by the user")
            .isEqualTo(file.id() + "-" + file.sha256());
        assertThat(this.evidence.content(file)).isEqualTo(PDF);
    }

    @Test
    void anUploadWhoseTransactionFailsLeavesNoFileInTheFolder() throws IOException {
        String id = importedAgreement("FOLDER-ROLLBACK");
        long deliverable = this.deliverables.ofAgreement(id).get(0).id();
        long before = filesIn(FOLDER);

        assertThatThrownBy(() -> new TransactionTemplate(this.transactions).executeWithoutResult(status -> {
            this.evidence.attach(id, EvidenceKind.DELIVERY, deliverable, "attendance.pdf", PDF);
            throw new IllegalStateException("a later step of the same transaction fails");
        })).hasMessageContaining("later step");

        assertThat(filesIn(FOLDER)).isEqualTo(before);
        assertThat(this.evidence.ofAgreement(id)).isEmpty();
    }

    private String importedAgreement(String prefix) throws IOException {
        String id = JointStatements.uniqueId(prefix);
        String text = new String(
                new ClassPathResource("demo/2019-advisers-northern-border.yaml").getInputStream().readAllBytes(),
                StandardCharsets.UTF_8)
            .replaceFirst("(?m)^id: .*$", "id: " + id);
        this.importer.importFile(text.getBytes(StandardCharsets.UTF_8));
        return id;
    }

    private static long filesIn(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("agreement-tracker-evidence-");
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

}
