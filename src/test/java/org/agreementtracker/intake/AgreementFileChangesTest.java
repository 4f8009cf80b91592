package org.agreementtracker.intake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.agreementtracker.agreement.Area;
import org.agreementtracker.agreement.process.JointStatements;
import org.agreementtracker.shared.ConflictException;
import org.agreementtracker.support.ProcessTestSupport;
import org.agreementtracker.training.Deliverable;
import org.agreementtracker.training.DeliverableService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.agreementtracker.intake.AgreementImportTest.demo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A re-imported file applied with its structural changes: commitments and deliverables
 * added and removed, the negotiation's deadlines moved; the processes follow, nothing is
 * deleted, and a file with one change it may not make changes nothing.
 */
class AgreementFileChangesTest extends ProcessTestSupport {

    private static final String ADVISERS = "2019-advisers-northern-border.yaml";

    private static final String COMPACT = "2019-02-regional-compact.yaml";

    @Autowired
    AgreementImporter importer;

    @Autowired
    DeliverableService deliverables;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aDeliverableAddedByTheFileStartsItsDeliveryBesideTheCommitmentsOtherDeliveries() throws IOException {
        String id = JointStatements.uniqueId("FILE-ADD-DELIVERABLE");
        String file = imported(ADVISERS, id);
        LocalDate due = today().plusMonths(3);

        String changed = file.replace("ownerParty: us, dueDate: ", "ownerParty: us, dueDate: PLACEHOLDER")
            .replaceFirst("PLACEHOLDER([0-9-]+), target: 80\\}",
                    "$1, target: 80}\n      - {kind: TRAINING, title: \"Train border police in document checks\", "
                            + "ownerParty: gt, dueDate: " + due + ", target: 40}");
        ImportResult applied = apply(changed);

        assertThat(applied.differences()).containsExactly(
                "commitments[0].deliverables[1]: stored none, file \"Train border police in document checks\"");
        Deliverable added = deliverable(id, "Train border police in document checks");
        assertThat(added.ownerParty()).isEqualTo("gt");
        assertThat(added.dueDate()).isEqualTo(due);
        assertThat(deliveries(id)).as("one delivery per deliverable of the commitment").hasSize(2);
        var plan = this.engine.getTaskService()
            .createTaskQuery()
            .processInstanceBusinessKey(id)
            .taskDefinitionKey("UserTask_PlanDeliverable")
            .taskCandidateGroup("coordinators-gt")
            .singleResult();
        assertThat(plan).as("Guatemala's coordinators plan the new training").isNotNull();
        assertThat(this.engine.getRuntimeService().getVariable(plan.getProcessInstanceId(), "deliverableId"))
            .isEqualTo(added.id());
        assertThat(history(id)).anyMatch(line -> line.contains("Train border police in document checks")
                && line.contains("added by the re-imported agreement file"));
        assertThat(this.importer.importFile(changed.getBytes(StandardCharsets.UTF_8)).outcome())
            .isEqualTo(ImportResult.Outcome.UNCHANGED);
    }

    @Test
    void aDeliverableTheFileLeavesOutEndsItsDeliveryAndKeepsItsRowWithTheReason() throws IOException {
        String id = JointStatements.uniqueId("FILE-DROP-DELIVERABLE");
        String file = imported(ADVISERS, id);
        long advisers = deliverable(id, "Advisers deployed to Guatemala's northern border").id();
        assertThat(timers(id, "BoundaryEvent_DeliveryOverdue")).hasSize(1);
        String delivery = deliveries(id).get(0).getId();

        String changed = file.replaceFirst("(?m)^    deliverables:\\n      - \\{kind: ADVISERS.*\\n", "");
        ImportResult applied = apply(changed);

        assertThat(applied.differences()).containsExactly(
                "commitments[0].deliverables: stored \"Advisers deployed to Guatemala's northern border\", file none");
        assertThat(this.deliverables.ofAgreement(id)).isEmpty();
        assertThat(deliveries(id)).as("its delivery ended").isEmpty();
        assertThat(timers(id, "BoundaryEvent_DeliveryOverdue")).as("and its overdue reminder").isEmpty();
        assertThat(this.engine.getHistoryService()
            .createHistoricActivityInstanceQuery()
            .processInstanceId(delivery)
            .activityId("EndEvent_DeliverableWithdrawn")
            .count()).as("the delivery ended at its own end event").isEqualTo(1);
        Map<String, Object> row = this.jdbc
            .sql("select removed_at, removed_by, removed_because from tracker.deliverable where id = ?")
            .param(advisers)
            .query()
            .singleRow();
        assertThat(row.get("removed_at")).as("the row stays, marked").isNotNull();
        assertThat(row.get("removed_because")).isEqualTo("The re-imported agreement file no longer names it");
        assertThat(commitmentImplementations(id)).as("the commitment goes on being assessed").hasSize(2);
        assertThat(this.importer.importFile(changed.getBytes(StandardCharsets.UTF_8)).outcome())
            .isEqualTo(ImportResult.Outcome.UNCHANGED);

        String again = changed.replaceFirst("(?m)^(  - text: \"DHS agents.*\n    areas: .*\n)",
                "$1    deliverables:\n      - {kind: ADVISERS, title: \"Second rotation of advisers\", ownerParty: us, "
                        + "dueDate: " + today().plusMonths(4) + "}\n");
        apply(again);
        assertThat(deliveries(id)).as("a deliverable added after the others ended is delivered too")
            .singleElement()
            .satisfies(instance -> assertThat(
                    this.engine.getRuntimeService().getVariable(instance.getId(), "deliverableId"))
                .isEqualTo(deliverable(id, "Second rotation of advisers").id()));
    }

    @Test
    void aCommitmentAddedByTheFileStartsItsImplementationWithItsDeliverables() throws IOException {
        String id = JointStatements.uniqueId("FILE-ADD-COMMITMENT");
        String file = imported(ADVISERS, id);
        LocalDate due = today().plusMonths(2);

        String changed = file.replaceFirst("(?m)^finalTextDue:", """
                  - text: "Share biometric records of smuggling suspects"
                    areas: [BIOMETRICS]
                    deliverables:
                      - {kind: SYSTEM, title: "Biometric exchange in service", ownerParty: gt, dueDate: %s}
                finalTextDue:""".formatted(due));
        ImportResult applied = apply(changed);

        assertThat(applied.differences())
            .contains("commitments[2]: stored none, file \"Share biometric records of smuggling suspects\"");
        var agreement = this.agreements.get(id);
        assertThat(agreement.commitments()).hasSize(3);
        assertThat(agreement.commitments().get(2).position()).isEqualTo(3);
        assertThat(agreement.areas()).contains(Area.BIOMETRICS);
        List<ProcessInstance> implementations = commitmentImplementations(id);
        assertThat(implementations).as("the new commitment is implemented beside the others").hasSize(3);
        assertThat(implementations).anySatisfy(
                instance -> assertThat(this.engine.getRuntimeService().getVariable(instance.getId(), "commitmentId"))
                    .isEqualTo(agreement.commitments().get(2).id()));
        Deliverable system = deliverable(id, "Biometric exchange in service");
        assertThat(deliveries(id)).anySatisfy(
                instance -> assertThat(this.engine.getRuntimeService().getVariable(instance.getId(), "deliverableId"))
                    .isEqualTo(system.id()));
        assertThat(this.importer.importFile(changed.getBytes(StandardCharsets.UTF_8)).outcome())
            .isEqualTo(ImportResult.Outcome.UNCHANGED);
    }

    @Test
    void aCommitmentTheFileLeavesOutEndsItsImplementationAndStaysOnRecord() throws IOException {
        String id = JointStatements.uniqueId("FILE-DROP-COMMITMENT");
        String file = imported(ADVISERS, id);
        var dropped = this.agreements.get(id).commitments().get(1);
        assertThat(commitmentImplementations(id)).hasSize(2);

        String changed = file.replaceFirst("(?m)^  - text: \"highlight the root causes.*\\n    areas: \\[OTHER\\]\\n",
                "");
        ImportResult applied = apply(changed);

        assertThat(applied.differences()).anyMatch(line -> line.startsWith("commitments: stored \"highlight the root")
                && line.endsWith("(commitment 2), file none"));
        assertThat(this.agreements.get(id).commitments()).extracting(commitment -> commitment.id())
            .doesNotContain(dropped.id())
            .hasSize(1);
        assertThat(commitmentImplementations(id)).as("its implementation ended, the other's goes on").hasSize(1);
        assertThat(this.engine.getRuntimeService()
            .createProcessInstanceQuery()
            .processDefinitionKey("agreement-lifecycle")
            .processInstanceBusinessKey(id)
            .count()).as("the agreement goes on").isEqualTo(1);
        assertThat(this.jdbc.sql("select removed_because from tracker.commitment where id = ?")
            .param(dropped.id())
            .query(String.class)
            .single()).isEqualTo("The re-imported agreement file no longer names it");
        assertThat(history(id)).anyMatch(line -> line.startsWith("Commitment 2 removed"));
        assertThat(this.importer.importFile(changed.getBytes(StandardCharsets.UTF_8)).outcome())
            .isEqualTo(ImportResult.Outcome.UNCHANGED);
    }

    @Test
    void aCommitmentAddedToASignedAgreementWithoutCommitmentsIsImplementedWhileTheMeetingsGoOn() throws IOException {
        String id = JointStatements.uniqueId("FILE-FIRST-COMMITMENT");
        String none = new String(demo(ADVISERS, id, 15), StandardCharsets.UTF_8)
            .replaceFirst("(?s)(?m)^commitments:\\n.*?^finalTextDue:", "commitments: []\nfinalTextDue:");
        this.importer.importFile(none.getBytes(StandardCharsets.UTF_8));
        assertThat(commitmentImplementations(id)).isEmpty();

        String one = none.replace("commitments: []\n",
                "commitments:\n  - text: \"Joint patrols at the northern border\"\n    areas: [BORDER_SECURITY]\n");
        apply(one);

        assertThat(commitmentImplementations(id)).singleElement()
            .satisfies(instance -> assertThat(
                    this.engine.getRuntimeService().getVariable(instance.getId(), "commitmentId"))
                .isEqualTo(this.agreements.get(id).commitments().get(0).id()));
        assertThat(single(id, "UserTask_PlanDeliverables")).as("its lead plans its deliverables").isNotNull();

        assertThatThrownBy(() -> this.importer.importFile(none.getBytes(StandardCharsets.UTF_8), true))
            .as("its last commitment does not go: the implementation would count as complete")
            .isInstanceOf(ConflictException.class)
            .hasMessageContaining("a signed agreement keeps at least one commitment");
        assertThat(commitmentImplementations(id)).hasSize(1);
    }

    @Test
    void movedNegotiationDeadlinesMoveTheHardDeadlineTimerTheOverdueReminderAndTheDraftingStep() throws IOException {
        String id = JointStatements.uniqueId("FILE-MOVE-DEADLINES");
        String file = imported(COMPACT, id);
        var before = this.agreements.get(id);
        LocalDate finalTextDue = today().plusDays(5);
        LocalDate hardDeadline = today().plusDays(20);

        String changed = file.replaceFirst("date: [0-9-]+\\}", "date: " + finalTextDue + "}")
            .replaceFirst("(?m)^assumptions:", "hardDeadline: " + hardDeadline + "\nassumptions:");
        ImportResult applied = apply(changed);

        assertThat(applied.differences()).containsExactlyInAnyOrder(
                "finalTextDue.date: stored " + before.finalTextDue().date() + ", file " + finalTextDue,
                "hardDeadline: stored " + before.hardDeadline() + ", file " + hardDeadline);
        var after = this.agreements.get(id);
        assertThat(after.finalTextDue().date()).isEqualTo(finalTextDue);
        assertThat(after.hardDeadline()).isEqualTo(hardDeadline);
        assertThat(timer(id, "BoundaryEvent_HardDeadlinePassed").getDuedate().toInstant())
            .isEqualTo(endOf(hardDeadline));
        assertThat(timer(id, "StartEvent_FinalTextOverdue").getDuedate().toInstant()).isEqualTo(endOf(finalTextDue));
        assertThat(single(id, "UserTask_DraftMemorandumText").getDueDate().toInstant())
            .as("the draft is due within the new deadline")
            .isEqualTo(endOf(finalTextDue));
        assertThat(this.importer.importFile(changed.getBytes(StandardCharsets.UTF_8)).outcome())
            .isEqualTo(ImportResult.Outcome.UNCHANGED);
    }

    @Test
    void aFileThatRewordsACommitmentOrMovesASignedAgreementsDeadlineSaysWhyAndChangesNothing() throws IOException {
        String id = JointStatements.uniqueId("FILE-REFUSED");
        String file = imported(ADVISERS, id);
        Matcher stated = Pattern.compile("date: ([0-9-]+)\\}").matcher(file);
        assertThat(stated.find()).isTrue();

        String changed = file
            .replace("to disrupt and interdict human smuggling operations", "to disrupt human smuggling operations")
            .replace("date: " + stated.group(1) + "}", "date: " + LocalDate.parse(stated.group(1)).plusDays(1) + "}")
            .replace("- \"No instrument is named", "- \"Changed: no instrument is named");

        assertThatThrownBy(() -> this.importer.importFile(changed.getBytes(StandardCharsets.UTF_8), true))
            .isInstanceOf(ConflictException.class)
            .hasMessageContaining("Nothing was applied")
            .hasMessageContaining("commitments[0].text: stored")
            .hasMessageContaining("a commitment's wording is what was agreed")
            .hasMessageContaining("the memorandum is signed: its negotiation deadlines are history")
            .hasMessageNotContaining("assumptions");
        assertThat(this.agreements.get(id).commitments().get(0).text())
            .endsWith("interdict human smuggling operations");
        assertThat(this.agreements.assumptions(id)).noneMatch(line -> line.startsWith("Changed"));
        assertThat(commitmentImplementations(id)).hasSize(2);
    }

    private String imported(String name, String id) throws IOException {
        String file = new String(demo(name, id, 15), StandardCharsets.UTF_8);
        this.importer.importFile(file.getBytes(StandardCharsets.UTF_8));
        return file;
    }

    private ImportResult apply(String file) {
        ImportResult applied = this.importer.importFile(file.getBytes(StandardCharsets.UTF_8), true);
        assertThat(applied.outcome()).isEqualTo(ImportResult.Outcome.APPLIED);
        return applied;
    }

    private Deliverable deliverable(String id, String title) {
        return this.deliverables.ofAgreement(id)
            .stream()
            .filter(deliverable -> deliverable.title().equals(title))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no deliverable " + title + " in " + id));
    }

    private List<ProcessInstance> deliveries(String id) {
        return instances(id, "deliverable-delivery");
    }

    private List<ProcessInstance> commitmentImplementations(String id) {
        return instances(id, "commitment-implementation");
    }

    private List<ProcessInstance> instances(String id, String key) {
        return this.engine.getRuntimeService()
            .createProcessInstanceQuery()
            .processDefinitionKey(key)
            .processInstanceBusinessKey(id)
            .list();
    }

    private List<String> history(String id) {
        return this.agreements.statusHistory(id).stream().map(change -> change.note()).toList();
    }

    private static java.time.Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

}
