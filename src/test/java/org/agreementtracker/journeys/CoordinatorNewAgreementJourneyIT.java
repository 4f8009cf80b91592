package org.agreementtracker.journeys;

import java.time.LocalDate;
import java.util.List;

import com.microsoft.playwright.Locator;
import org.agreementtracker.agreement.AgreementService;
import org.agreementtracker.agreement.AgreementStatus;
import org.agreementtracker.agreement.StatusChange;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A lead coordinator records a joint statement in Tasklist and takes it, with a partner
 * coordinator, through review and revision to the signed memorandum.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CoordinatorNewAgreementJourneyIT {

    private static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    TaskService taskService;

    @Autowired
    AgreementService agreements;

    @BeforeAll
    static void noBrowserYet() {
        browser = null;
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private Browser browser() {
        if (browser == null) {
            browser = new Browser(this.port);
        }
        return browser;
    }

    @Test
    void leadCoordinatorRecordsAJointStatementAndThePartiesNegotiateItToSignature() {
        String id = "AGR-JOURNEY-" + System.currentTimeMillis() % 100000;
        LocalDate statementDate = LocalDate.now().minusDays(3);

        // The lead coordinator records the joint statement; a missing party is caught by
        // the form.
        try (Browser.Session lead = browser().open("journey1-lead", "en-US")) {
            Tasklist tasklist = new Tasklist(lead.page()).logIn("coordinator-us", "coordinator-us").expectLoggedIn();
            lead.screenshot("01-tasklist-coordinator");
            Locator dialog = tasklist.startProcess("Agreement lifecycle");
            tasklist.text(dialog, "Field_title", "Regional compact on irregular migration");
            tasklist.text(dialog, "Field_agreementId", id);
            tasklist.select(dialog, "Field_instrumentType", "Regional compact");
            tasklist.date(dialog, "Field_dateSigned", statementDate);
            tasklist.select(dialog, "Field_leadParty", "United States");
            tasklist.text(dialog, "Field_finalTextDueStated", "next month");
            tasklist.submitStart(dialog);
            assertThat(dialog.locator(".fjs-has-errors").first()).isVisible();
            assertThat(dialog.locator(".fjs-form-field-error").first()).containsText("required");
            lead.screenshot("02-start-form-missing-party");

            tasklist.text(dialog, "Field_party1Name", "U.S. Department of Homeland Security");
            tasklist.select(dialog, "Field_party1Country", "United States");
            tasklist.select(dialog, "Field_party1Role", "Signatory");
            tasklist.text(dialog, "Field_party2Name", "Guatemalan Ministry of Government");
            tasklist.select(dialog, "Field_party2Country", "Guatemala");
            tasklist.select(dialog, "Field_party2Role", "Signatory");
            tasklist.check(dialog, "Combatting human trafficking and migrant smuggling");
            tasklist.text(dialog, "Field_commitment1Text", "Crack down on smugglers and traffickers");
            lead.screenshot("03-start-form-filled");
            tasklist.submitStart(dialog);
            assertThat(tasklist.notifications()).containsText("The process has been started");

            tasklist.openFilter("My open tasks", id);
            assertThat(tasklist.taskList().filter(new Locator.FilterOptions().setHasText(id))).hasCount(1);
            assertThat(tasklist.taskList().filter(new Locator.FilterOptions().setHasText(id)))
                .containsText("Draft memorandum text");
            lead.screenshot("04-draft-task-in-list");

            Locator draft = tasklist.openTask(task(id, "UserTask_DraftMemorandumText").getId());
            assertThat(draft).containsText("Regional compact on irregular migration");
            assertThat(draft).containsText("Guatemalan Ministry of Government");
            tasklist.claim(draft);
            tasklist.text(draft, "Field_draftDocumentRef", "https://docs.example.gov/compact/draft-1");
            tasklist.text(draft, "Field_draftSummary",
                    "Four areas of collaboration, regular senior and working meetings");
            lead.screenshot("05-draft-memorandum-form");
            tasklist.complete(draft);
        }

        // The Guatemalan coordinator works in Spanish: Tasklist follows the browser's
        // language, the form follows Guatemala's. She sees only the review for Guatemala
        // and asks for changes.
        try (Browser.Session partner = browser().open("journey1-partner", "es-GT")) {
            Tasklist tasklist = new Tasklist(partner.page()).logIn("coordinator-gt", "coordinator-gt").expectLoggedIn();
            assertThat(partner.page().locator("li.start-process-action a")).containsText("Iniciar proceso");
            partner.page().locator("li.start-process-action a").click();
            assertThat(partner.page().locator(".modal-dialog ul.processes")).containsText("Ciclo de vida del acuerdo");
            partner.page().keyboard().press("Escape");
            assertThat(partner.page().locator(".modal-dialog")).hasCount(0);
            // Guatemala's filters are named in Spanish; the English ones are not hers.
            assertThat(partner.page().locator(".task-filter h4.name a"))
                .containsText(new String[] { "Mis tareas abiertas", "Vencidas", "Todas las tareas que puedo ver" });
            tasklist.openFilter("Mis tareas abiertas", id);
            Locator mine = tasklist.taskList().filter(new Locator.FilterOptions().setHasText(id));
            assertThat(mine).hasCount(1);
            assertThat(mine).containsText("Revisar el borrador del memorando");
            assertThat(mine).containsText("Ciclo de vida del acuerdo");
            // Dates in Spanish too: "creada hace unos segundos", not "a few seconds ago".
            assertThat(mine).containsText("hace ");
            partner.screenshot("06-partner-sees-only-its-review");
            Locator review = tasklist.openTask(reviewTask(id, "gt").getId());
            assertThat(review).containsText("Usted revisa el borrador en nombre de Guatemala");
            // the deadline comes with the summary, in bold as the form's Markdown wrote
            // it
            assertThat(review.locator(".fjs-form-field-text strong")
                .filter(new Locator.FilterOptions().setHasText("Fecha límite del texto final:"))).hasCount(1);
            assertThat(review).containsText("Su decisión");
            assertThat(review.locator(".form-actions button[ng-click='complete()']")).hasText("Completar");
            tasklist.claim(review);
            tasklist.radio(review, "Pedir cambios");
            tasklist.text(review, "Field_reviewComments",
                    "El artículo 4 debe nombrar las unidades policiales del Ministerio");
            partner.screenshot("07-partner-requests-changes");
            tasklist.complete(review);
        }

        // The lead approves its own review, revises the draft, and both approve the
        // revision.
        try (Browser.Session lead = browser().open("journey1-lead-revises", "en-US")) {
            Tasklist tasklist = new Tasklist(lead.page()).logInQuickly("coordinator-us");
            Locator ownReview = tasklist.openTask(reviewTask(id, "us").getId());
            tasklist.claim(ownReview);
            tasklist.radio(ownReview, "Approve the draft");
            tasklist.complete(ownReview);

            Locator revise = tasklist.openTask(task(id, "UserTask_ReviseMemorandumDraft").getId());
            tasklist.claim(revise);
            tasklist.text(revise, "Field_draftDocumentRef", "https://docs.example.gov/compact/draft-2");
            tasklist.text(revise, "Field_draftSummary", "Article 4 names the police units of the Ministry");
            tasklist.complete(revise);

            Locator secondReview = tasklist.openTask(reviewTask(id, "us").getId());
            tasklist.claim(secondReview);
            tasklist.radio(secondReview, "Approve the draft");
            tasklist.complete(secondReview);
        }
        try (Browser.Session partner = browser().open("journey1-partner-approves", "es-GT")) {
            Tasklist tasklist = new Tasklist(partner.page()).logInQuickly("coordinator-gt");
            Locator review = tasklist.openTask(reviewTask(id, "gt").getId());
            tasklist.claim(review);
            // Completing without a decision: Camunda Forms' own message, in Spanish.
            review.locator(".form-actions button[ng-click='complete()']").click();
            assertThat(review.locator(".fjs-form-field-error").first()).hasText("Este campo es obligatorio.");
            tasklist.radio(review, "Aprobar el borrador");
            tasklist.complete(review);
        }

        // The lead records the signature.
        try (Browser.Session lead = browser().open("journey1-lead-signs", "en-US")) {
            Tasklist tasklist = new Tasklist(lead.page()).logInQuickly("coordinator-us");
            Locator sign = tasklist.openTask(task(id, "UserTask_SignMemorandum").getId());
            tasklist.claim(sign);
            tasklist.date(sign, "Field_signedOn", LocalDate.now());
            tasklist.text(sign, "Field_signedPlace", "San Salvador");
            tasklist.text(sign, "Field_signatories",
                    "Secretary of Homeland Security; Minister of Government of Guatemala");
            tasklist.text(sign, "Field_signedDocumentRef", "https://docs.example.gov/compact/signed");
            lead.screenshot("08-sign-memorandum-form");
            tasklist.complete(sign);
        }

        assertThat(this.agreements.get(id).status()).isEqualTo(AgreementStatus.IMPLEMENTING);
        assertThat(this.agreements.statusHistory(id)).extracting(StatusChange::status)
            .containsSubsequence(AgreementStatus.DRAFTING, AgreementStatus.UNDER_REVIEW, AgreementStatus.REVISING,
                    AgreementStatus.UNDER_REVIEW, AgreementStatus.AWAITING_SIGNATURE, AgreementStatus.SIGNED,
                    AgreementStatus.IMPLEMENTING);
        assertThat(this.agreements.statusHistory(id)).extracting(StatusChange::changedBy)
            .contains("coordinator-us", "coordinator-gt");
    }

    private Task task(String agreementId, String key) {
        List<Task> tasks = this.taskService.createTaskQuery()
            .processInstanceBusinessKey(agreementId)
            .taskDefinitionKey(key)
            .list();
        assertThat(tasks).as("open %s of %s", key, agreementId).hasSize(1);
        return tasks.get(0);
    }

    private Task reviewTask(String agreementId, String party) {
        return this.taskService.createTaskQuery()
            .processInstanceBusinessKey(agreementId)
            .taskDefinitionKey("UserTask_ReviewMemorandumDraft")
            .taskCandidateGroup("coordinators-" + party)
            .singleResult();
    }

}
