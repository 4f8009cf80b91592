package org.agreementtracker.language;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;

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
        assertThat(spanish).hasSizeGreaterThan(500).isSubsetOf(labels("cockpit", "en"));
        assertThat(spanish).contains("DASHBOARD_OPEN_INCIDENTS", "PLUGIN_USER_TASKS_LABEL", "PLUGIN_INCIDENTS_LABEL",
                "PLUGIN_PROCESS_INSTANCES_LABEL");
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
