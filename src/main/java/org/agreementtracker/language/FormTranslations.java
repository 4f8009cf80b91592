package org.agreementtracker.language;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Camunda Forms in other languages, made from the English form and a catalogue per
 * language ({@code processes/translations/<language>.json}: English text to its
 * translation, like a gettext catalogue). The English form stays the one source of the
 * layout, keys and validation; a label changes in the form and in each catalogue, and
 * {@link #missing} tells which translations a changed form lacks.
 */
public final class FormTranslations {

    /** The properties of a form component that people read. */
    private static final List<String> TEXTS = List.of("label", "text", "description", "placeholder", "dateLabel");

    private static final Pattern TEMPLATE = Pattern.compile("\\{\\{[^}]+}}");

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private FormTranslations() {
    }

    /** The id of a form in a language: {@code review-memorandum-draft-es}. */
    public static String formId(String englishFormId, String language) {
        return language.equals(Languages.ENGLISH) ? englishFormId : englishFormId + "-" + language;
    }

    public static Map<String, String> readCatalogue(byte[] json) {
        try {
            return JSON.readValue(json, new TypeReference<LinkedHashMap<String, String>>() {
            });
        }
        catch (IOException ex) {
            throw new UncheckedIOException("The translation catalogue is not a JSON object of texts", ex);
        }
    }

    /** Every text of the form that people read, in the order they appear. */
    public static Set<String> texts(byte[] form) {
        Set<String> texts = new LinkedHashSet<>();
        visit(parse(form).path("components"), texts::add);
        return texts;
    }

    /**
     * What the catalogue lacks for this form, and translations that drop or change a
     * {@code {{variable}}} of the English text.
     */
    public static List<String> missing(byte[] form, Map<String, String> catalogue) {
        List<String> problems = new ArrayList<>();
        for (String text : texts(form)) {
            String translated = catalogue.get(text);
            if (translated == null || translated.isBlank()) {
                problems.add("no translation of \"" + text + "\"");
            }
            else if (!templates(translated).equals(templates(text))) {
                problems.add("the translation of \"" + text + "\" must keep " + templates(text));
            }
        }
        return problems;
    }

    /**
     * The form in the catalogue's language, under the id {@link #formId}. A text the
     * catalogue lacks stays in English.
     */
    public static byte[] translate(byte[] form, String language, Map<String, String> catalogue) {
        JsonNode root = parse(form);
        ((ObjectNode) root).put("id", formId(root.path("id").asText(), language));
        translate(root.path("components"), catalogue);
        try {
            return JSON.writeValueAsBytes(root);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static void translate(JsonNode components, Map<String, String> catalogue) {
        for (JsonNode component : components) {
            ObjectNode node = (ObjectNode) component;
            for (String property : TEXTS) {
                if (node.hasNonNull(property)) {
                    node.put(property,
                            catalogue.getOrDefault(node.get(property).asText(), node.get(property).asText()));
                }
            }
            for (JsonNode value : node.path("values")) {
                if (value.hasNonNull("label")) {
                    ((ObjectNode) value).put("label",
                            catalogue.getOrDefault(value.get("label").asText(), value.get("label").asText()));
                }
            }
            translate(node.path("components"), catalogue);
        }
    }

    private static void visit(JsonNode components, Consumer<String> texts) {
        for (JsonNode component : components) {
            for (String property : TEXTS) {
                if (component.hasNonNull(property) && !component.get(property).asText().isBlank()) {
                    texts.accept(component.get(property).asText());
                }
            }
            for (JsonNode value : component.path("values")) {
                if (value.hasNonNull("label")) {
                    texts.accept(value.get("label").asText());
                }
            }
            visit(component.path("components"), texts);
        }
    }

    private static Set<String> templates(String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher matcher = TEMPLATE.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    private static JsonNode parse(byte[] form) {
        try {
            return JSON.readTree(form);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Not a Camunda Form (JSON)", ex);
        }
    }

}
