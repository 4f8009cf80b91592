package org.agreementtracker.language;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.stereotype.Component;

/**
 * What each field of our Camunda Forms is called, per language: the label a person reads
 * beside it, the id of the form component that shows it (where Tasklist places a message)
 * and the labels of the values it offers. Learnt from the forms as they are deployed,
 * English and translated ({@code engine.ProcessModelsDeployer}), so a message about a
 * field names it as the form on the screen does.
 * <p>
 * A field's path is its key, prefixed by the path of the group that holds it:
 * {@code title}, {@code party2.role}. A field inside a group is called by both labels
 * ("Party 2: Role"); a note in brackets at the end of a label ("(optional)", "(reference
 * or link)") is left out of messages.
 */
@Component
public class FormLabels {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final Pattern TRAILING_NOTE = Pattern.compile("\\s*\\([^()]*\\)\\s*$");

    /** English form id, then language, then path. */
    private final Map<String, Map<String, Map<String, Field>>> forms = new ConcurrentHashMap<>();

    /**
     * Language, then path: the first form's field of each path, for rules whose form is
     * not known.
     */
    private final Map<String, Map<String, Field>> anyForm = new ConcurrentHashMap<>();

    /**
     * One field of a form.
     *
     * @param label what the form calls it
     * @param component the id of the form component showing it
     * @param options the labels of the values it offers, by value
     */
    public record Field(String label, String component, Map<String, String> options) {
    }

    /**
     * Learns a form's fields.
     * @param englishFormId the id of the English form it was made from (itself for
     * English)
     * @param language the language of its texts
     * @param form the form's JSON
     */
    public void learn(String englishFormId, String language, byte[] form) {
        Map<String, Field> fields = new LinkedHashMap<>();
        try {
            collect(JSON.readTree(form).path("components"), "", null, fields);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Not a Camunda Form (JSON): " + englishFormId, ex);
        }
        this.forms.computeIfAbsent(englishFormId, id -> new ConcurrentHashMap<>()).put(language, fields);
        Map<String, Field> any = this.anyForm.computeIfAbsent(language, code -> new ConcurrentHashMap<>());
        fields.forEach(any::putIfAbsent);
    }

    /**
     * The field at a path of a form, in a language; a form not known, or a path it lacks,
     * looks in every form.
     */
    public Optional<Field> field(String formId, String path, String language) {
        Map<String, Field> fields = formId == null ? null : this.forms.getOrDefault(formId, Map.of()).get(language);
        Field field = fields == null ? null : fields.get(path);
        if (field == null) {
            field = this.anyForm.getOrDefault(language, Map.of()).get(path);
        }
        return Optional.ofNullable(field);
    }

    private static void collect(JsonNode components, String prefix, String groupLabel, Map<String, Field> fields) {
        for (JsonNode component : components) {
            String label = shortLabel(component);
            if (component.has("components")) {
                String path = component.path("path").asText("");
                if (path.isEmpty()) {
                    collect(component.path("components"), prefix, groupLabel, fields);
                }
                else {
                    String full = prefix + path;
                    fields.put(full, new Field(joined(groupLabel, label), component.path("id").asText(), Map.of()));
                    collect(component.path("components"), full + ".", joined(groupLabel, label), fields);
                }
                continue;
            }
            if (!component.hasNonNull("key")) {
                continue;
            }
            Map<String, String> options = new LinkedHashMap<>();
            for (JsonNode value : component.path("values")) {
                options.put(value.path("value").asText(), value.path("label").asText());
            }
            fields.put(prefix + component.get("key").asText(),
                    new Field(joined(groupLabel, label), component.path("id").asText(), Map.copyOf(options)));
        }
    }

    private static String shortLabel(JsonNode component) {
        String label = component.path("label").asText("");
        if (label.isBlank()) {
            label = component.path("dateLabel").asText("");
        }
        String shorter = TRAILING_NOTE.matcher(label).replaceFirst("");
        return shorter.isBlank() ? label.trim() : shorter;
    }

    private static String joined(String groupLabel, String label) {
        if (groupLabel == null || groupLabel.isBlank()) {
            return label;
        }
        return label.isBlank() ? groupLabel : groupLabel + ": " + label;
    }

}
