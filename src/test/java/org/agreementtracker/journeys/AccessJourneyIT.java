package org.agreementtracker.journeys;

import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.agreementtracker.agreement.process.JointStatements;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** Nobody gets where they do not belong, in the browser. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccessJourneyIT {

    private static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine engine;

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
    void aPartnerCoordinatorCannotOpenCockpit() {
        try (Browser.Session session = browser().open("access-cockpit", "en-US")) {
            Page page = session.page();
            Tasklist.logInForm(page, "/camunda/app/cockpit/default/", "coordinator-gt", "coordinator-gt");

            assertThat(page.getByText("Login Failed").first()).isVisible();
            assertThat(page.locator("form[name='signinForm']")).isVisible();
            assertThat(page.locator("[cam-widget-header] a[href='#/processes']")).hasCount(0);
            session.screenshot("20-partner-refused-by-cockpit");
        }
    }

    @Test
    void aPartnerCoordinatorCannotOpenAnotherPartysTask() {
        String id = JointStatements.uniqueId("AGR-ACCESS");
        this.engine.getIdentityService().setAuthentication("coordinator-us", List.of("coordinators-us"));
        this.engine.getRuntimeService()
            .startProcessInstanceByKey("agreement-lifecycle", id, JointStatements.bilateral());
        this.engine.getIdentityService().clearAuthentication();
        Task draft = this.engine.getTaskService().createTaskQuery().processInstanceBusinessKey(id).singleResult();

        try (Browser.Session session = browser().open("access-task", "en-US")) {
            Tasklist tasklist = new Tasklist(session.page()).logInQuickly("coordinator-gt");
            // The list has loaded when the filter query has answered.
            session.page()
                .waitForResponse(response -> response.url().contains("/filter/") && response.url().contains("/list"),
                        () -> tasklist.openFilter("Todas las tareas que puedo ver"));
            assertThat(tasklist.taskList().filter(new Locator.FilterOptions().setHasText(id))).hasCount(0);

            session.page().navigate("/camunda/app/tasklist/default/#/?task=" + draft.getId());
            assertThat(session.page().getByText("The task does not exist anymore").first()).isVisible();
            assertThat(session.page().locator(".task-details .fjs-form")).hasCount(0);
            session.screenshot("21-partner-cannot-open-us-task");
        }
    }

    @Test
    void aPartnerCoordinatorWhoOpensCockpitIsToldInHerLanguageWhereHerWorkIs() {
        try (Browser.Session session = browser().open("access-cockpit-styled", "es-GT")) {
            Page page = session.page();
            new Tasklist(page).logInQuickly("coordinator-gt");

            page.navigate("/camunda/app/cockpit/default/");

            assertThat(page.locator("body.agreement-tracker-refused h1"))
                .hasText("Esta parte de Agreement Tracker no está abierta a su cuenta");
            assertThat(page.locator("a.button")).hasText("Abrir Tasklist");
            assertThat(page.locator("body")).not().containsText("Whitelabel");
            session.screenshot("22-partner-refused-by-cockpit-styled");
            page.locator("a.button").click();
            assertThat(page.locator("li.start-process-action")).isVisible();
        }
    }

    @Test
    void aPartnerCoordinatorFollowsTheProgressOfHerPartysAgreementsAndSeesNoOthers() {
        String own = JointStatements.uniqueId("AGR-MINE");
        String others = JointStatements.uniqueId("AGR-NOT-MINE");
        this.engine.getIdentityService().setAuthentication("coordinator-us", List.of("coordinators-us"));
        this.engine.getRuntimeService()
            .startProcessInstanceByKey("agreement-lifecycle", own,
                    JointStatements.bilateral().putValue("agreementId", own).putValue("title", "Ours with Guatemala"));
        this.engine.getRuntimeService()
            .startProcessInstanceByKey("agreement-lifecycle", others,
                    JointStatements.bilateral()
                        .putValue("agreementId", others)
                        .putValue("title", "Between the United States and Honduras")
                        .putValueTyped("parties", org.camunda.spin.plugin.variable.SpinValues.jsonValue("""
                                [{"name": "DHS", "country": "us", "role": "SIGNATORY"},
                                 {"name": "Security Secretariat of Honduras", "country": "hn", "role": "SIGNATORY"}]""")
                            .create()));
        this.engine.getIdentityService().clearAuthentication();

        try (Browser.Session session = browser().open("access-my-agreements", "es-GT")) {
            Page tasklist = session.page();
            new Tasklist(tasklist).logInQuickly("coordinator-gt");
            Page page = tasklist.waitForPopup(() -> tasklist.locator("li.at-my-agreements a").click());

            Locator portfolio = page.locator("table.portfolio");
            assertThat(page.locator("h1")).hasText("Avance de mis acuerdos");
            assertThat(portfolio).containsText("Ours with Guatemala");
            assertThat(portfolio).containsText("Redactar el texto del memorando (Coordinadores: Estados Unidos");
            assertThat(portfolio).not().containsText("Between the United States and Honduras");
            page.screenshot(new Page.ScreenshotOptions().setFullPage(false)
                .setPath(java.nio.file.Path.of("target/journeys/23-partner-progress-view.png")));

            page.locator("table.portfolio a")
                .filter(new Locator.FilterOptions().setHasText("Ours with Guatemala"))
                .click();
            assertThat(page.locator("table.deadlines")).containsText("Texto final del memorando");
            assertThat(page.locator("table.deadlines")).containsText("a tiempo");
            page.navigate("/agreement-tracker/progress.html?agreement=" + others + "&lang=es");
            assertThat(page.locator(".message")).hasText("Este acuerdo no existe, o no tiene permiso para verlo.");
        }
    }

    @Test
    void aWrongPasswordIsRefused() {
        try (Browser.Session session = browser().open("access-wrong-password", "en-US")) {
            Page page = session.page();
            new Tasklist(page).logIn("manager", "not-the-password");

            assertThat(page.getByText("Login Failed").first()).isVisible();
            assertThat(page.locator("li.start-process-action a")).hasCount(0);
        }
    }

}
