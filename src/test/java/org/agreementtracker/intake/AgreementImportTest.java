package org.agreementtracker.intake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.agreementtracker.agreement.AgreementStatus;
import org.agreementtracker.agreement.ImplementationService;
import org.agreementtracker.agreement.ImplementationStatus;
import org.agreementtracker.agreement.process.JointStatements;
import org.agreementtracker.reporting.IndicatorService;
import org.agreementtracker.shared.InvalidFormDataException;
import org.agreementtracker.support.ProcessTestSupport;
import org.agreementtracker.training.DeliverableService;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AgreementImportTest extends ProcessTestSupport {

    @Autowired
    AgreementImporter importer;

    @Autowired
    ImplementationService implementation;

    @Autowired
    DeliverableService deliverables;

    @Autowired
    IndicatorService indicators;

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "2018-07-ministerial-commitments.yaml", "2019-02-regional-compact.yaml",
            "2019-05-bilateral-moc-guatemala.yaml", "2019-advisers-northern-border.yaml",
            "2021-09-interpol-conference.yaml" })
    void everyDemoFileImportsOnceEntersItsLifecycleWhereItStandsAndReimportsUnchanged(String name) throws IOException {
        String id = JointStatements.uniqueId("DEMO");
        byte[] file = demo(name, id, 40);

        ImportResult created = this.importer.importFile(file);
        ImportResult again = this.importer.importFile(file);

        assertThat(created.outcome()).isEqualTo(ImportResult.Outcome.CREATED);
        assertThat(again.outcome()).isEqualTo(ImportResult.Outcome.UNCHANGED);
        assertThat(again.differences()).isEmpty();
        var agreement = this.agreements.get(id);
        if (created.stage().equals("IMPLEMENTATION")) {
            assertThat(agreement.status()).isEqualTo(AgreementStatus.IMPLEMENTING);
            assertThat(this.agreements.signature(id)).isPresent();
        }
        else {
            assertThat(agreement.status()).isEqualTo(AgreementStatus.DRAFTING);
            assertThat(single(id, "UserTask_DraftMemorandumText")).isNotNull();
        }
        assertThat(this.agreements.assumptions(id)).isNotEmpty();
        assertThat(this.engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(id).count())
            .isPositive();
    }

    @Test
    void theFactsStayAsStatedWithTheirHedges() throws IOException {
        String id = JointStatements.uniqueId("DEMO-ADVISERS");
        this.importer.importFile(demo("2019-advisers-northern-border.yaml", id, 15));

        assertThat(this.indicators.values(id)).anySatisfy(value -> {
            assertThat(value.indicator()).isEqualTo("APPREHENSIONS");
            assertThat(value.value()).isEqualByComparingTo("300000");
            assertThat(value.qualifier().name()).isEqualTo("MORE_THAN");
        });
        assertThat(this.indicators.targets(id)).singleElement().satisfies(target -> {
            assertThat(target.target()).isEqualByComparingTo("80");
            assertThat(target.qualifier().name()).isEqualTo("UP_TO");
        });
        long commitmentId = this.agreements.get(id).commitments().get(0).id();
        assertThat(this.implementation.commitmentStatus(commitmentId)).isEqualTo(ImplementationStatus.MINIMAL);
        assertThat(this.deliverables.ofAgreement(id)).singleElement()
            .extracting("kind")
            .asString()
            .isEqualTo("ADVISERS");
        assertThat(single(id, "UserTask_PlanDeliverable")).as("named deliverables skip the planning task").isNotNull();
    }

    @Test
    void aChangedFileIsReportedWithItsDifferencesAndNotApplied() throws IOException {
        String id = JointStatements.uniqueId("DEMO-CHANGED");
        this.importer.importFile(demo("2019-05-bilateral-moc-guatemala.yaml", id, 20));
        String changed = new String(demo("2019-05-bilateral-moc-guatemala.yaml", id, 20), StandardCharsets.UTF_8)
            .replace("title: Memorandum of Cooperation between DHS", "title: Revised Memorandum between DHS");

        ImportResult result = this.importer.importFile(changed.getBytes(StandardCharsets.UTF_8));

        assertThat(result.outcome()).isEqualTo(ImportResult.Outcome.CHANGED);
        assertThat(result.differences()).singleElement()
            .asString()
            .startsWith("title: stored Memorandum of Cooperation");
        assertThat(this.agreements.get(id).title()).startsWith("Memorandum of Cooperation");
    }

    @Test
    void aFileBreakingTheRulesIsRefusedWholeAndWritesNothing() {
        Map<String, Long> before = counts();
        String bad = """
                id: AGR-BAD-RULES
                title: Bad
                instrumentType: BILATERAL_MOC
                dateSigned: %s
                leadParty: gt
                parties:
                  - {name: Ministry of Atlantis, country: at, role: SIGNATORY}
                commitments:
                  - {text: " ", areas: [BORDER_SECURITY]}
                finalTextDue: {date: %s}
                """.formatted(LocalDate.now().minusDays(5), LocalDate.now().minusDays(30));

        assertThatThrownBy(() -> this.importer.importFile(bad.getBytes(StandardCharsets.UTF_8))).isInstanceOfSatisfying(
                InvalidFormDataException.class,
                ex -> assertThat(ex.errors()).anyMatch(error -> error.contains("'at' is not a registered party"))
                    .anyMatch(error -> error.contains("commitments[0].text"))
                    .anyMatch(error -> error.startsWith("finalTextDue") && error.contains("before “dateSigned”")));
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void aSignedFileWithABadCadenceWritesNothing() throws IOException {
        Map<String, Long> before = counts();
        String id = JointStatements.uniqueId("DEMO-CADENCE");
        String file = new String(demo("2019-05-bilateral-moc-guatemala.yaml", id, 20), StandardCharsets.UTF_8)
            .replace("senior: R/P3M", "senior: now and then");

        assertThatThrownBy(() -> this.importer.importFile(file.getBytes(StandardCharsets.UTF_8)))
            .hasMessageContaining("seniorMeetingCadence");
        assertThat(counts()).isEqualTo(before);
        assertThat(this.engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(id).count())
            .isZero();
    }

    private Map<String, Long> counts() {
        return Map.of("agreement", count("tracker.agreement"), "commitment", count("tracker.commitment"),
                "status_change", count("tracker.status_change"), "deliverable", count("tracker.deliverable"),
                "indicator", count("tracker.indicator_value"), "instances",
                this.engine.getRuntimeService().createProcessInstanceQuery().count());
    }

    private long count(String table) {
        return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    /** A demonstration file under another id, shifted like the demo loader does. */
    @Test
    void aReimportedFileWithAChangedDueDateEvidenceAndIndicatorValueNamesEachChangeByItsPath() throws IOException {
        String id = JointStatements.uniqueId("DEMO-CHANGED");
        String file = new String(demo("2019-advisers-northern-border.yaml", id, 15), StandardCharsets.UTF_8);
        this.importer.importFile(file.getBytes(StandardCharsets.UTF_8));
        java.util.regex.Matcher due = advisersDue(file);
        LocalDate stored = LocalDate.parse(due.group(1));

        String changed = file.replace(due.group(0), "ownerParty: us, dueDate: " + stored.plusMonths(1) + ", target: 80")
            .replace("evidence: \"Washington Post, as cited: advisers 'have been dispatched'\"",
                    "evidence: \"DHS readout: 80 advisers deployed\"")
            .replace("value: 300000", "value: 310000")
            .replace("place: Washington, D.C.", "place: Guatemala City");
        ImportResult result = this.importer.importFile(changed.getBytes(StandardCharsets.UTF_8));

        assertThat(result.outcome()).isEqualTo(ImportResult.Outcome.CHANGED);
        assertThat(result.differences()).containsExactlyInAnyOrder(
                "commitments[0].deliverables[0].dueDate: stored " + stored + ", file " + stored.plusMonths(1),
                "commitments[0].status.evidence: stored Washington Post, as cited: advisers 'have been dispatched', "
                        + "file DHS readout: 80 advisers deployed",
                "indicators.APPREHENSIONS(last three months).value: stored 300000, file 310000",
                "signature.place: stored Washington, D.C., file Guatemala City "
                        + "(the signature is recorded in its step, 'Sign memorandum')");
        assertThat(this.deliverables.ofAgreement(id)).as("nothing is applied")
            .allSatisfy(deliverable -> assertThat(deliverable.dueDate()).isEqualTo(stored));
    }

    @Test
    void aReimportedFileWithAnotherCommitmentNamesItByItsPlaceInTheFileAndTheAreasThatChange() throws IOException {
        String id = JointStatements.uniqueId("DEMO-MORE");
        String file = new String(demo("2019-05-bilateral-moc-guatemala.yaml", id, 15), StandardCharsets.UTF_8);
        this.importer.importFile(file.getBytes(StandardCharsets.UTF_8));

        String changed = file.replaceFirst("(?m)^commitments:\\n",
                "commitments:\n  - text: \"Share biometric records\"\n    areas: [BIOMETRICS]\n");
        ImportResult result = this.importer.importFile(changed.getBytes(StandardCharsets.UTF_8));

        assertThat(result.outcome()).isEqualTo(ImportResult.Outcome.CHANGED);
        assertThat(result.differences()).as("the other commitments are recognised by their text")
            .hasSize(2)
            .contains("commitments[0]: stored none, file \"Share biometric records\"")
            .anySatisfy(difference -> assertThat(difference).startsWith("areas: stored "));
    }

    @Test
    void anAppliedFileMovesTheDueDateWithItsOverdueReminderRecordsTheNewEvidenceAndReportsTheNewValue()
            throws IOException {
        String id = JointStatements.uniqueId("DEMO-APPLY");
        String file = new String(demo("2019-advisers-northern-border.yaml", id, 15), StandardCharsets.UTF_8);
        this.importer.importFile(file.getBytes(StandardCharsets.UTF_8));
        java.util.regex.Matcher due = advisersDue(file);
        LocalDate moved = LocalDate.parse(due.group(1)).plusMonths(2);
        org.camunda.bpm.engine.runtime.Job reminderBefore = timer(id, "BoundaryEvent_DeliveryOverdue");

        String changed = file.replace(due.group(0), "ownerParty: us, dueDate: " + moved + ", target: 80")
            .replace("evidence: \"Washington Post, as cited: advisers 'have been dispatched'\"",
                    "evidence: \"DHS readout: 80 advisers deployed\"")
            .replace("value: 300000", "value: 310000");
        ImportResult applied = this.importer.importFile(changed.getBytes(StandardCharsets.UTF_8), true);

        assertThat(applied.outcome()).isEqualTo(ImportResult.Outcome.APPLIED);
        assertThat(applied.differences()).hasSize(3);
        assertThat(this.deliverables.ofAgreement(id).get(0).dueDate()).isEqualTo(moved);
        assertThat(timer(id, "BoundaryEvent_DeliveryOverdue").getDuedate().toInstant())
            .as("the overdue reminder moves with the due date")
            .isEqualTo(moved.plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant())
            .isNotEqualTo(reminderBefore.getDuedate().toInstant());
        var commitment = this.agreements.get(id).commitments().get(0);
        assertThat(this.implementation.currentEvidence(id).get(commitment.id()).evidenceRef())
            .isEqualTo("DHS readout: 80 advisers deployed");
        assertThat(this.indicators.values(id)).anySatisfy(value -> {
            assertThat(value.indicator()).isEqualTo("APPREHENSIONS");
            assertThat(value.value()).isEqualByComparingTo("310000");
        });
        assertThat(this.importer.importFile(changed.getBytes(StandardCharsets.UTF_8)).outcome())
            .as("the file is now in")
            .isEqualTo(ImportResult.Outcome.UNCHANGED);
    }

    @Test
    void aFileThatAlsoChangesWhatAFileMayNotIsRefusedWholeAndNothingIsApplied() throws IOException {
        String id = JointStatements.uniqueId("DEMO-REFUSE");
        String file = new String(demo("2019-advisers-northern-border.yaml", id, 15), StandardCharsets.UTF_8);
        this.importer.importFile(file.getBytes(StandardCharsets.UTF_8));
        java.util.regex.Matcher due = advisersDue(file);
        LocalDate stored = LocalDate.parse(due.group(1));

        String changed = file.replace(due.group(0), "ownerParty: us, dueDate: " + stored.plusMonths(2) + ", target: 80")
            .replace("role: COUNTERPART", "role: SIGNATORY");

        assertThatThrownBy(() -> this.importer.importFile(changed.getBytes(StandardCharsets.UTF_8), true))
            .isInstanceOf(org.agreementtracker.shared.ConflictException.class)
            .hasMessageContaining("parties[1].role: stored COUNTERPART, file SIGNATORY (who takes part decides")
            .hasMessageContaining("Nothing was applied");
        assertThat(this.deliverables.ofAgreement(id).get(0).dueDate()).isEqualTo(stored);
    }

    /** The advisers deliverable's line of the advisers file, its due date as group 1. */
    private static java.util.regex.Matcher advisersDue(String file) {
        java.util.regex.Matcher due = java.util.regex.Pattern.compile("ownerParty: us, dueDate: ([0-9-]+), target: 80")
            .matcher(file);
        assertThat(due.find()).as("the advisers file names its deliverable").isTrue();
        return due;
    }

    static byte[] demo(String name, String id, int daysAgo) throws IOException {
        String text = new String(new ClassPathResource("demo/" + name).getInputStream().readAllBytes(),
                StandardCharsets.UTF_8)
            .replaceFirst("(?m)^id: .*$", "id: " + id);
        return StartupImports.shift(text, LocalDate.now().minusDays(daysAgo)).getBytes(StandardCharsets.UTF_8);
    }

}
