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

    @Autowired
    org.camunda.bpm.engine.FormService formService;

    @Autowired
    org.camunda.bpm.engine.IdentityService identityService;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

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
            tasklist.text(dialog, "Field_party3Name", "Security Secretariat of Honduras");
            tasklist.select(dialog, "Field_party3Country", "Honduras");
            tasklist.select(dialog, "Field_party3Role", "Signatory");
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
            // What happens next: every signatory's review, with who has it and when.
            assertThat(lead.page().locator("#at-next-step"))
                .containsText("Next: “Review memorandum draft” for Coordinators: Guatemala, due");
            assertThat(lead.page().locator("#at-next-step")).containsText("Coordinators: Honduras");
            assertThat(lead.page().locator("li.create-task-action")).isHidden();
            lead.screenshot("05b-what-happens-next");
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
                .containsText(new String[] { "Mis tareas abiertas", "Vencidas", "Vencen esta semana", "Por acuerdo",
                        "Todas las tareas que puedo ver" });
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
            // The draft under review, who drafted it, and the commitments it serves.
            assertThat(review).containsText("Borrador 1, presentado por");
            assertThat(review).containsText("https://docs.example.gov/compact/draft-1");
            assertThat(review).containsText("Four areas of collaboration, regular senior and working meetings");
            assertThat(review).containsText("Crack down on smugglers and traffickers");
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
        // Honduras asks for changes too (through the API, as its coordinator would in
        // Tasklist).
        this.identityService.setAuthentication("coordinator-hn", List.of("coordinators-hn"));
        try {
            this.formService.submitTaskForm(reviewTask(id, "hn").getId(), java.util.Map.of("reviewDecision",
                    "CHANGES_REQUESTED", "reviewComments", "Records within 5 working days, not 48 hours"));
        }
        finally {
            this.identityService.clearAuthentication();
        }

        // The lead approves its own review, revises the draft, and the parties approve
        // the revision.
        try (Browser.Session lead = browser().open("journey1-lead-revises", "en-US")) {
            Tasklist tasklist = new Tasklist(lead.page()).logInQuickly("coordinator-us");
            Locator ownReview = tasklist.openTask(reviewTask(id, "us").getId());
            tasklist.claim(ownReview);
            tasklist.radio(ownReview, "Approve the draft");
            tasklist.complete(ownReview);

            Locator revise = tasklist.openTask(task(id, "UserTask_ReviseMemorandumDraft").getId());
            // Every party's answer of the round, and the current draft to edit.
            assertThat(revise).containsText("What each party said of draft 1:");
            assertThat(revise).containsText("El artículo 4 debe nombrar las unidades policiales del Ministerio");
            assertThat(revise).containsText("Records within 5 working days, not 48 hours");
            assertThat(Tasklist.field(revise, "Field_draftDocumentRef"))
                .hasValue("https://docs.example.gov/compact/draft-1");
            lead.screenshot("09-drafter-sees-requested-changes");
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
            // Round 2: what changed, and what Guatemala asked for in round 1.
            assertThat(review).containsText("Qué cambió desde el borrador 1");
            assertThat(review).containsText("Article 4 names the police units of the Ministry");
            assertThat(review).containsText("Qué dijo Guatemala del borrador 1:");
            partner.screenshot("10-partner-sees-what-changed");
            tasklist.claim(review);
            // Completing without a decision: Camunda Forms' own message, in Spanish.
            review.locator(".form-actions button[ng-click='complete()']").click();
            assertThat(review.locator(".fjs-form-field-error").first()).hasText("Este campo es obligatorio.");
            tasklist.radio(review, "Aprobar el borrador");
            tasklist.complete(review);
        }
        this.identityService.setAuthentication("coordinator-hn", List.of("coordinators-hn"));
        try {
            this.formService.submitTaskForm(reviewTask(id, "hn").getId(),
                    java.util.Map.of("reviewDecision", "APPROVED"));
        }
        finally {
            this.identityService.clearAuthentication();
        }

        // The lead records the signature; the meetings' cadence is chosen from a list.
        try (Browser.Session lead = browser().open("journey1-lead-signs", "en-US")) {
            Tasklist tasklist = new Tasklist(lead.page()).logInQuickly("coordinator-us");
            Locator sign = tasklist.openTask(task(id, "UserTask_SignMemorandum").getId());
            tasklist.claim(sign);
            tasklist.date(sign, "Field_signedOn", LocalDate.now());
            tasklist.text(sign, "Field_signedPlace", "San Salvador");
            tasklist.text(sign, "Field_signatories",
                    "Secretary of Homeland Security; Minister of Government of Guatemala");
            tasklist.text(sign, "Field_signedDocumentRef", "https://docs.example.gov/compact/signed");
            assertThat(sign).containsText("Approved text: draft 2, approved by");
            tasklist.select(sign, "Field_seniorMeetingCadence", "Every 6 months");
            lead.screenshot("08-sign-memorandum-form");
            tasklist.complete(sign);
        }

        assertThat(this.agreements.get(id).status()).isEqualTo(AgreementStatus.IMPLEMENTING);
        assertThat(this.jdbc.sql("select senior_meeting_cadence from tracker.agreement where id = ?")
            .param(id)
            .query(String.class)
            .single()).isEqualTo("R/P6M");
        assertThat(this.agreements.statusHistory(id)).extracting(StatusChange::status)
            .containsSubsequence(AgreementStatus.DRAFTING, AgreementStatus.UNDER_REVIEW, AgreementStatus.REVISING,
                    AgreementStatus.UNDER_REVIEW, AgreementStatus.AWAITING_SIGNATURE, AgreementStatus.SIGNED,
                    AgreementStatus.IMPLEMENTING);
        // a round closes with the last party's answer, Honduras's in both rounds
        assertThat(this.agreements.statusHistory(id)).extracting(StatusChange::changedBy)
            .contains("coordinator-us", "coordinator-hn");
    }

    @Test
    void aSpanishCoordinatorsRefusedStartFormShowsEachErrorBesideItsFieldInSpanishAndKeepsHerData() {
        try (Browser.Session partner = browser().open("journey1-partner-refused", "es-GT")) {
            Tasklist tasklist = new Tasklist(partner.page()).logInQuickly("coordinator-gt");
            // Coordinators are not offered the smoke test.
            partner.page().locator("li.start-process-action a").click();
            assertThat(partner.page().locator(".modal-dialog ul.processes")).not().containsText("Prueba de humo");
            partner.page().keyboard().press("Escape");
            Locator dialog = tasklist.startProcess("Ciclo de vida del acuerdo");
            tasklist.text(dialog, "Field_title", "Declaración conjunta sobre seguridad fronteriza");
            tasklist.select(dialog, "Field_instrumentType", "Declaración conjunta");
            Locator signed = dialog.locator("input[id$='-Field_dateSigned-date']").first();
            signed
                .fill(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").format(LocalDate.now().minusDays(2)));
            signed.press("Enter");
            tasklist.select(dialog, "Field_leadParty", "Guatemala");
            tasklist.text(dialog, "Field_party1Name", "Ministerio de Gobernación");
            tasklist.select(dialog, "Field_party1Country", "Guatemala");
            // An observer only: nobody signs; and no deadline for the final text.
            tasklist.select(dialog, "Field_party1Role", "Observadora");
            tasklist.check(dialog, "Fortalecer la seguridad fronteriza");
            tasklist.submitStart(dialog);

            // a date field's input is named after its component with a suffix
            Locator deadline = dialog.locator("[id*='-Field_finalTextDue-']")
                .first()
                .locator("xpath=ancestor::div[contains(@class,'fjs-form-field')][1]");
            assertThat(deadline.locator(".at-server-error"))
                .hasText(java.util.regex.Pattern.compile("^Plazo del texto final: es un dato obligatorio.*"));
            assertThat(dialog.locator(".at-form-errors")).containsText("Partes: al menos una debe ser firmante");
            assertThat(dialog.locator(".at-server-error").filter(new Locator.FilterOptions().setHasText("party1")))
                .hasCount(0);
            assertThat(Tasklist.field(dialog, "Field_title"))
                .hasValue("Declaración conjunta sobre seguridad fronteriza");
            assertThat(Tasklist.field(dialog, "Field_party1Name")).hasValue("Ministerio de Gobernación");
            // form-js's own placeholder, in Spanish too
            assertThat(dialog.locator(".fjs-select-display")
                .filter(new Locator.FilterOptions().setHasText("Seleccione"))
                .first()).isVisible();
            partner.screenshot("12-start-form-refused-in-spanish");

            // The deadline in words and a signatory: the agreement starts.
            tasklist.text(dialog, "Field_finalTextDueStated", "el próximo mes");
            tasklist.select(dialog, "Field_party1Role", "Signataria");
            tasklist.submitStart(dialog);
            assertThat(tasklist.notifications()).containsText("Se inició el proceso");
        }
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
