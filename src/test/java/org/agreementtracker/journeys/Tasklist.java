package org.agreementtracker.journeys;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What a coordinator does in Camunda Tasklist and in its Camunda Forms, in the words of
 * the screen. Selectors use attributes, which do not change with the language.
 */
final class Tasklist {

    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");

    private final Page page;

    Tasklist(Page page) {
        this.page = page;
    }

    /** Logs in through the form (slow, but it is what people do). */
    Tasklist logIn(String user, String password) {
        logInForm(this.page, "/camunda/app/tasklist/default/", user, password);
        return this;
    }

    /**
     * Fills a webapp's login form until both fields hold what was typed: the form's
     * autofocus can move the cursor to the user name field while the password is being
     * filled, even after the page reported itself idle, so a fill is checked and
     * repeated.
     */
    static void logInForm(Page page, String url, String user, String password) {
        page.navigate(url,
                new Page.NavigateOptions().setWaitUntil(com.microsoft.playwright.options.WaitUntilState.NETWORKIDLE));
        Locator userField = page.locator("form[name='signinForm'] input[ng-model='username']");
        Locator passwordField = page.locator("form[name='signinForm'] input[ng-model='password']");
        await("login form holds the credentials").atMost(Duration.ofSeconds(20)).pollDelay(Duration.ZERO).until(() -> {
            userField.fill(user);
            passwordField.fill(password);
            return userField.inputValue().equals(user) && passwordField.inputValue().equals(password);
        });
        page.locator("form[name='signinForm'] button[type='submit']").click();
    }

    /**
     * Logs in through the webapp's API: a fraction of a second, for journeys that tested
     * the form.
     */
    Tasklist logInQuickly(String user) {
        // Any webapp request hands out the CSRF token the login must echo; a plain
        // request, not a
        // page load, so no half-loaded page is left behind.
        this.page.context().request().get("/camunda/app/tasklist/default/");
        String token = this.page.context()
            .cookies()
            .stream()
            .filter(cookie -> cookie.name.equals("XSRF-TOKEN"))
            .map(cookie -> cookie.value)
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("no XSRF-TOKEN cookie"));
        var response = this.page.context()
            .request()
            .post("/camunda/api/admin/auth/user/default/login/tasklist",
                    com.microsoft.playwright.options.RequestOptions.create()
                        .setHeader("X-XSRF-TOKEN", token)
                        .setForm(com.microsoft.playwright.options.FormData.create()
                            .set("username", user)
                            .set("password", user)));
        if (!response.ok()) {
            throw new IllegalStateException("Login of " + user + " failed: " + response.status());
        }
        this.page.navigate("/camunda/app/tasklist/default/");
        return expectLoggedIn();
    }

    Tasklist expectLoggedIn() {
        assertThat(this.page.locator("li.start-process-action a")).isVisible();
        return this;
    }

    /** Opens the start dialog and chooses a process by its name. */
    Locator startProcess(String processName) {
        this.page.locator("li.start-process-action a").click();
        this.page.locator(".modal-dialog ul.processes a")
            .filter(new Locator.FilterOptions().setHasText(processName))
            .click();
        Locator dialog = this.page.locator(".modal-dialog");
        assertThat(dialog.locator(".fjs-form")).isVisible();
        return dialog;
    }

    Locator startButton(Locator dialog) {
        return dialog.locator(".modal-footer button[ng-click='startProcessInstance()']");
    }

    /** Clicks elsewhere first, so the field being edited commits its value. */
    void submitStart(Locator dialog) {
        dialog.locator(".modal-header").click();
        startButton(dialog).click();
    }

    void openFilter(String name) {
        this.page.locator(".task-filter h4.name a").filter(new Locator.FilterOptions().setHasText(name)).click();
    }

    /**
     * Opens a filter narrowed to one agreement with Tasklist's search by business key,
     * the way a coordinator with a long list finds an agreement's tasks.
     */
    void openFilter(String name, String agreementId) {
        openFilter(name);
        this.page.waitForURL(Pattern.compile(".*filter=.*"));
        String search = "[{\"type\":\"processInstanceBusinessKey\",\"operator\":\"eq\",\"value\":\"" + agreementId
                + "\",\"name\":\"\"}]";
        String query = "searchQuery=" + URLEncoder.encode(search, StandardCharsets.UTF_8);
        String url = this.page.url();
        this.page
            .navigate(url.contains("searchQuery=") ? url.replaceFirst("searchQuery=[^&]*", query) : url + "&" + query);
        assertThat(this.page.locator("[cam-widget-search-pill]")).hasCount(1);
    }

    Locator taskList() {
        return this.page.locator("ol.tasks-list li.task");
    }

    /** Opens a task by its link, the way a notification or a colleague's link would. */
    Locator openTask(String taskId) {
        this.page.navigate("/camunda/app/tasklist/default/#/?task=" + taskId);
        Locator details = this.page.locator(".task-details");
        assertThat(details.locator(".fjs-form")).isVisible();
        return details;
    }

    void claim(Locator details) {
        Locator claim = details.locator("button.claim");
        if (claim.isVisible()) {
            claim.click();
        }
    }

    void complete(Locator details) {
        details.locator(".fjs-form").first().click(new Locator.ClickOptions().setPosition(2, 2));
        // A notification of an earlier attempt can lie over the button.
        for (Locator close : this.page.locator(".page-notifications .notifications .close").all()) {
            if (close.isVisible()) {
                close.click();
            }
        }
        details.locator(".form-actions button[ng-click='complete()']").click();
        assertThat(this.page.locator(".task-details .no-task")).isVisible();
    }

    // Camunda Form fields, by the component id of our .form files.

    static Locator field(Locator form, String componentId) {
        return form.locator("[id$='-" + componentId + "']").first();
    }

    void text(Locator form, String componentId, String value) {
        field(form, componentId).fill(value);
    }

    /**
     * Opens a select's list and picks an option. The list can close again when the field
     * before it commits its value at the same moment, so the click is repeated until the
     * option shows.
     */
    void select(Locator form, String componentId, String optionLabel) {
        Locator option = this.page.locator(".fjs-dropdownlist-item")
            .filter(new Locator.FilterOptions().setHasText(optionLabel))
            .first();
        await(componentId + " offers " + optionLabel).atMost(Duration.ofSeconds(20))
            .pollDelay(Duration.ZERO)
            .pollInterval(Duration.ofMillis(500))
            .until(() -> {
                if (!option.isVisible()) {
                    form.locator("[id$='-" + componentId + "-display']").first().click();
                    // a busy machine draws the list late: wait for it before clicking
                    // again, which would close it
                    try {
                        option.waitFor(new Locator.WaitForOptions().setTimeout(3000));
                    }
                    catch (com.microsoft.playwright.TimeoutError ex) {
                        return false;
                    }
                }
                return option.isVisible();
            });
        option.click();
    }

    void date(Locator form, String componentId, LocalDate date) {
        Locator input = form.locator("input[id$='-" + componentId + "-date']").first();
        input.fill(US_DATE.format(date));
        input.press("Enter");
    }

    void radio(Locator form, String label) {
        form.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName(label)).check();
    }

    void check(Locator form, String label) {
        form.getByLabel(label).check();
    }

    Locator notifications() {
        return this.page.locator(".page-notifications .notifications");
    }

    static Pattern text(String regex) {
        return Pattern.compile(regex);
    }

}
