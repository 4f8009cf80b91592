package org.agreementtracker.language;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The build's translation check: every text of every form in {@code processes/} has a
 * translation in every catalogue, and no catalogue keeps texts no form uses any more.
 */
class FormTranslationsTest {

    private static final Path PROCESSES = Path.of("processes");

    @Test
    void everyFormTextHasASpanishTranslationThatKeepsItsVariables() throws IOException {
        Map<String, String> spanish = catalogue("es");
        List<String> problems = new ArrayList<>();
        for (Path form : forms()) {
            FormTranslations.missing(Files.readAllBytes(form), spanish)
                .forEach(problem -> problems.add(PROCESSES.relativize(form) + ": " + problem));
        }
        assertThat(problems).as("add these to processes/translations/es.json").isEmpty();
    }

    @Test
    void theCatalogueHoldsNoTextThatNoFormUses() throws IOException {
        Set<String> used = new HashSet<>();
        for (Path form : forms()) {
            used.addAll(FormTranslations.texts(Files.readAllBytes(form)));
        }
        assertThat(catalogue("es").keySet()).as("stale entries of processes/translations/es.json").isSubsetOf(used);
    }

    @Test
    void aTranslatedFormKeepsKeysAndValidationAndTakesItsOwnId() throws IOException {
        byte[] english = Files.readAllBytes(PROCESSES.resolve("agreement/review-memorandum-draft.form"));

        JsonNode spanish = new ObjectMapper().readTree(FormTranslations.translate(english, "es", catalogue("es")));

        assertThat(spanish.get("id").asText()).isEqualTo("review-memorandum-draft-es");
        JsonNode decision = null;
        for (JsonNode component : spanish.get("components")) {
            if ("reviewDecision".equals(component.path("key").asText())) {
                decision = component;
            }
        }
        assertThat(decision.get("key").asText()).isEqualTo("reviewDecision");
        assertThat(decision.get("label").asText()).isEqualTo("Su decisión");
        assertThat(decision.get("validate").get("required").asBoolean()).isTrue();
        assertThat(decision.get("values").get(0).get("label").asText()).isEqualTo("Aprobar el borrador");
        assertThat(decision.get("values").get(0).get("value").asText()).isEqualTo("APPROVED");
    }

    @Test
    void aMissingOrBrokenTranslationIsNamed() {
        byte[] form = """
                {"id": "f", "components": [
                  {"id": "T", "type": "text", "text": "Hello {{name}}"},
                  {"id": "F", "key": "k", "type": "textfield", "label": "Title"}]}""".getBytes();

        assertThat(FormTranslations.missing(form, Map.of("Hello {{name}}", "Hola {{nombre}}"))).containsExactly(
                "the translation of \"Hello {{name}}\" must keep [{{name}}]", "no translation of \"Title\"");
    }

    private static Map<String, String> catalogue(String language) throws IOException {
        return FormTranslations
            .readCatalogue(Files.readAllBytes(PROCESSES.resolve("translations/" + language + ".json")));
    }

    private static List<Path> forms() throws IOException {
        try (Stream<Path> files = Files.walk(PROCESSES)) {
            return files.filter(file -> file.toString().endsWith(".form")).sorted().toList();
        }
    }

}
