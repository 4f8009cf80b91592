package org.agreementtracker.language;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Our Spanish locales of the webapps against Camunda's English ones on the class path: a
 * Camunda upgrade that adds Tasklist labels, or a typo in a key, fails the build instead
 * of showing English in the middle of a Spanish screen.
 */
class WebappTranslationsTest {

    private static final String LOCALES = "/META-INF/resources/webjars/camunda/app/%s/locales/%s.json";

    @Test
    void tasklistHasEverySpanishLabel() throws IOException {
        assertThat(labels("tasklist", "es")).containsExactlyInAnyOrderElementsOf(labels("tasklist", "en"));
    }

    @Test
    void cockpitsSpanishLabelsAreAllCockpitLabels() throws IOException {
        Set<String> spanish = labels("cockpit", "es");
        assertThat(spanish).hasSizeGreaterThan(1000).isSubsetOf(labels("cockpit", "en"));
        assertThat(spanish).contains("DASHBOARD_OPEN_INCIDENTS", "PLUGIN_USER_TASKS_LABEL", "PLUGIN_INCIDENTS_LABEL",
                "PLUGIN_PROCESS_INSTANCES_LABEL");
    }

    /**
     * Camunda's en.json also holds the labels of the Enterprise edition's screens; what
     * must be Spanish is every label that the Community edition's Cockpit (its bootstrap,
     * its plugins, its page and the shared libraries) shows.
     */
    @Test
    void cockpitHasEverySpanishLabelItsScreensShow() throws IOException {
        String code = resource("/META-INF/resources/webjars/camunda/app/cockpit/camunda-cockpit-bootstrap.js")
                + resource("/META-INF/resources/plugin/cockpit/app/plugin.js")
                + resource("/META-INF/resources/webjars/camunda/app/cockpit/index.html")
                + resource("/META-INF/resources/webjars/camunda/lib/deps.js");
        // Labels are upper-case words; reading the code's words once is fast.
        Set<String> words = new HashSet<>();
        Matcher word = Pattern.compile("[A-Z][A-Z0-9_]*").matcher(code);
        while (word.find()) {
            words.add(word.group());
        }
        Set<String> shown = new HashSet<>(labels("cockpit", "en"));
        shown.retainAll(words);
        assertThat(shown).as("labels the Community Cockpit shows").hasSizeGreaterThan(900);
        Set<String> spanish = labels("cockpit", "es");
        assertThat(spanish).as("Spanish Cockpit labels").containsAll(shown);
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = WebappTranslationsTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Set<String> labels(String webapp, String language) throws IOException {
        try (InputStream in = WebappTranslationsTest.class.getResourceAsStream(LOCALES.formatted(webapp, language))) {
            assertThat(in).as(webapp + " " + language).isNotNull();
            // Camunda's files start with a byte order mark.
            byte[] bytes = in.readAllBytes();
            int start = bytes.length > 2 && bytes[0] == (byte) 0xEF ? 3 : 0;
            JsonNode root = new ObjectMapper().readTree(bytes, start, bytes.length - start);
            Set<String> keys = new HashSet<>();
            root.get("labels").fieldNames().forEachRemaining(keys::add);
            return keys;
        }
    }

}
