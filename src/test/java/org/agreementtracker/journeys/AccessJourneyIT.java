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
    void aWrongPasswordIsRefused() {
        try (Browser.Session session = browser().open("access-wrong-password", "en-US")) {
            Page page = session.page();
            new Tasklist(page).logIn("manager", "not-the-password");

            assertThat(page.getByText("Login Failed").first()).isVisible();
            assertThat(page.locator("li.start-process-action a")).hasCount(0);
        }
    }

}
