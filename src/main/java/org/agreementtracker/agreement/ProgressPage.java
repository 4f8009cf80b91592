package org.agreementtracker.agreement;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.agreementtracker.language.Texts;

/**
 * The page where anyone who may see an agreement reads its progress, deadlines and
 * history ({@code static/agreement-tracker/progress.html}, which reads {@code /api});
 * every form links to it.
 */
public final class ProgressPage {

    /** The form field key of the link. */
    public static final String LINK = "progressLink";

    private static final String PATH = "/agreement-tracker/progress.html";

    private ProgressPage() {
    }

    /** Where the agreement's page is, from the application's root. */
    public static String path(String agreementId) {
        return PATH + "?agreement=" + URLEncoder.encode(agreementId, StandardCharsets.UTF_8);
    }

    /** The link as Markdown, which Camunda Forms render, in a language. */
    public static String link(Texts texts, String agreementId, String language) {
        return texts.text("context.progressLink", language, path(agreementId) + "&lang=" + language);
    }

}
