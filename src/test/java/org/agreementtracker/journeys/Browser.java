package org.agreementtracker.journeys;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Tracing;
import com.microsoft.playwright.assertions.PlaywrightAssertions;

/**
 * Debian's Chromium, driven headless by Playwright, against the application under test.
 * One browser per test class, a fresh context (cookies, session) per user, a trace per
 * test kept under {@code target/journeys/traces} and screenshots under
 * {@code target/journeys}.
 */
final class Browser implements AutoCloseable {

    static final Path OUTPUT = Paths.get("target", "journeys");

    private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");

    private final Playwright playwright;

    private final com.microsoft.playwright.Browser chromium;

    private final String baseUrl;

    Browser(int port) {
        if (!Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException(
                    "Browser journeys need Debian's Chromium at " + CHROMIUM + ": apt-get install -y chromium");
        }
        this.baseUrl = "http://localhost:" + port;
        this.playwright = Playwright.create();
        this.chromium = this.playwright.chromium()
            .launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--no-first-run",
                        "--disable-sync")));
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        warmUp();
    }

    String url(String path) {
        return this.baseUrl + path;
    }

    /** A new browser context: its own cookies, so its own login. */
    Session open(String traceName, String locale) {
        BrowserContext context = this.chromium.newContext(new NewContextOptions().setLocale(locale)
            .setTimezoneId("UTC")
            .setViewportSize(1400, 1000)
            .setBaseURL(this.baseUrl));
        context.setDefaultTimeout(15_000);
        context.tracing().start(new Tracing.StartOptions().setScreenshots(true).setSnapshots(true));
        Page page = context.newPage();
        // A script error in a webapp shows only as a screen that stops; the test log says
        // why.
        page.onPageError(error -> System.err.println("[" + traceName + "] page error: " + error));
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                System.err.println("[" + traceName + "] console: " + message.text());
            }
        });
        return new Session(context, page, traceName);
    }

    /**
     * The first load of a webapp's plugin scripts can take longer than its script loader
     * waits on a cold server; plain requests first make the browser's loads fast.
     */
    private void warmUp() {
        HttpClient http = HttpClient.newHttpClient();
        for (String path : List.of("/camunda/api/engine/engine/",
                "/camunda/api/admin/plugin/adminPlugins/static/app/plugin.js",
                "/camunda/api/tasklist/plugin/tasklistPlugins/static/app/plugin.js",
                "/camunda/api/cockpit/plugin/cockpitPlugins/static/app/plugin.js", "/camunda/app/tasklist/default/",
                "/camunda/app/cockpit/default/", "/camunda/app/tasklist/scripts/config.js")) {
            try {
                http.send(HttpRequest.newBuilder(URI.create(this.baseUrl + path)).build(),
                        HttpResponse.BodyHandlers.discarding());
            }
            catch (Exception ex) {
                throw new IllegalStateException("Warming up " + path + " failed", ex);
            }
        }
    }

    @Override
    public void close() {
        this.chromium.close();
        this.playwright.close();
    }

    /** One user's browser context and page. */
    record Session(BrowserContext context, Page page, String traceName) implements AutoCloseable {

        void screenshot(String name) {
            this.page
                .screenshot(new Page.ScreenshotOptions().setPath(OUTPUT.resolve(name + ".png")).setFullPage(false));
        }

        @Override
        public void close() {
            // The last screen of every session, to read a failure without opening the
            // trace.
            this.page.screenshot(
                    new Page.ScreenshotOptions().setPath(OUTPUT.resolve("last").resolve(this.traceName + ".png")));
            this.context.tracing()
                .stop(new Tracing.StopOptions().setPath(OUTPUT.resolve("traces").resolve(this.traceName + ".zip")));
            this.context.close();
        }

    }

}
