package org.agreementtracker.shared;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Reads what a form (or a REST client) submitted, field by field, and collects every
 * broken rule so the caller hears about all of them at once. Each error names its field
 * by the form's key (the variable a REST client sends); it is told with the field's label
 * on the form. The texts are {@code form.error.*} in the message bundles.
 */
public final class FormValues {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Function<String, Object> source;

    private final List<FormError> errors = new ArrayList<>();

    private final Map<String, String> aliases = new java.util.HashMap<>();

    private FormValues(Function<String, Object> source) {
        this.source = source;
    }

    public static FormValues of(VariableScope scope) {
        return new FormValues(scope::getVariable);
    }

    public static FormValues of(Map<String, ?> values) {
        return new FormValues(values::get);
    }

    /** Text, trimmed; null when absent or blank and not required. */
    public String text(String field, boolean required, int maxLength) {
        Object value = this.source.apply(field);
        if (value == null || value.toString().isBlank()) {
            if (required) {
                error(field, "required");
            }
            return null;
        }
        if (!(value instanceof String text)) {
            error(field, "text");
            return null;
        }
        String trimmed = text.trim();
        if (trimmed.length() > maxLength) {
            error(field, "maxLength", maxLength);
            return null;
        }
        return trimmed;
    }

    /**
     * A date given as an ISO date ({@code 2026-01-31}), an ISO date-time, or a
     * {@link Date}.
     */
    public LocalDate date(String field, boolean required) {
        Object value = this.source.apply(field);
        if (value == null || (value instanceof String text && text.isBlank())) {
            if (required) {
                error(field, "required");
            }
            return null;
        }
        if (value instanceof Date date) {
            return date.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
        }
        if (value instanceof LocalDate date) {
            return date;
        }
        String text = value.toString().trim();
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        }
        catch (DateTimeParseException ex) {
            error(field, "date", abbreviate(text));
            return null;
        }
    }

    public Integer integer(String field, boolean required, int min, int max) {
        Object value = this.source.apply(field);
        if (value == null || (value instanceof String text && text.isBlank())) {
            if (required) {
                error(field, "required");
            }
            return null;
        }
        long number;
        if (value instanceof Number given) {
            if (given.doubleValue() != Math.rint(given.doubleValue())) {
                error(field, "wholeNumber");
                return null;
            }
            number = given.longValue();
        }
        else {
            try {
                number = Long.parseLong(value.toString().trim());
            }
            catch (NumberFormatException ex) {
                error(field, "wholeNumberNot", abbreviate(value.toString()));
                return null;
            }
        }
        if (number < min || number > max) {
            error(field, "between", min, max);
            return null;
        }
        return (int) number;
    }

    public Boolean bool(String field, boolean required) {
        Object value = this.source.apply(field);
        if (value == null) {
            if (required) {
                error(field, "required");
            }
            return null;
        }
        if (value instanceof Boolean flag) {
            return flag;
        }
        if ("true".equalsIgnoreCase(value.toString()) || "false".equalsIgnoreCase(value.toString())) {
            return Boolean.parseBoolean(value.toString());
        }
        error(field, "trueOrFalse");
        return null;
    }

    /** One of the constants of an enum, by name. */
    public <E extends Enum<E>> E choice(String field, Class<E> type, boolean required) {
        String text = text(field, required, 64);
        return text == null ? null : choiceOf(field, text, type);
    }

    public <E extends Enum<E>> E choiceOf(String field, String text, Class<E> type) {
        try {
            return Enum.valueOf(type, text.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        }
        catch (IllegalArgumentException ex) {
            error(field, "oneOf", names(type), abbreviate(text));
            return null;
        }
    }

    /**
     * A list of objects (a form's dynamic list, Json, a JSON string or a Java list of
     * maps), as JSON nodes; an empty list when absent.
     */
    public List<JsonNode> list(String field, boolean required) {
        JsonNode node = json(field);
        if (node == null || node.isNull() || (node.isArray() && node.isEmpty())) {
            if (required) {
                error(field, "atLeastOne");
            }
            return List.of();
        }
        if (!node.isArray()) {
            error(field, "list");
            return List.of();
        }
        List<JsonNode> items = new ArrayList<>();
        node.forEach(items::add);
        return items;
    }

    /** An object (a form group with a path, Json, or a map); null when absent. */
    public JsonNode object(String field) {
        JsonNode node = json(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            error(field, "object");
            return null;
        }
        return node;
    }

    /** A list of texts (a checklist or tag list); an empty list when absent. */
    public List<String> texts(String field, boolean required) {
        JsonNode node = json(field);
        List<String> texts = new ArrayList<>();
        if (node != null && node.isArray()) {
            node.forEach(item -> {
                if (item.isTextual() && !item.asText().isBlank()) {
                    texts.add(item.asText().trim());
                }
            });
        }
        else if (node != null && node.isTextual() && !node.asText().isBlank()) {
            for (String part : node.asText().split(",")) {
                if (!part.isBlank()) {
                    texts.add(part.trim());
                }
            }
        }
        else if (node != null && !node.isNull()) {
            error(field, "texts");
        }
        if (texts.isEmpty() && required) {
            error(field, "atLeastOne");
        }
        return texts;
    }

    private JsonNode json(String field) {
        Object value = this.source.apply(field);
        if (value == null) {
            return null;
        }
        try {
            if (value instanceof String text) {
                String trimmed = text.trim();
                if (trimmed.startsWith("[") || trimmed.startsWith("{") || trimmed.startsWith("\"")) {
                    return JSON.readTree(trimmed);
                }
                return JSON.getNodeFactory().textNode(trimmed);
            }
            if (value instanceof Collection<?> || value instanceof Map<?, ?>) {
                return JSON.valueToTree(value);
            }
            // Spin's JSON values (the type Camunda Forms submit lists as) print as JSON.
            return JSON.readTree(value.toString());
        }
        catch (JsonProcessingException | IllegalArgumentException ex) {
            error(field, "json");
            return null;
        }
    }

    /**
     * Records a broken rule: {@code form.error.<key>} in the message bundles, with the
     * field as its first argument.
     */
    public void error(String field, String key, Object... args) {
        this.errors.add(FormError.of(key, field, args));
    }

    /**
     * Says that a value came from another field of the form (a list entry from a row:
     * {@code parties[1]} from {@code party3}), so that rules checked on it later name the
     * field that was submitted ({@link #asSubmitted}).
     */
    public void alias(String entry, String row) {
        this.aliases.put(entry, row);
    }

    /**
     * A field's path as the form submitted it: a list entry's row, if it came from one.
     */
    public String asSubmitted(String path) {
        if (this.aliases.containsKey(path)) {
            return this.aliases.get(path);
        }
        int end = path.indexOf(']');
        if (end < 0) {
            return path;
        }
        String row = this.aliases.get(path.substring(0, end + 1));
        return row == null ? path : row + path.substring(end + 1);
    }

    public boolean hasErrors() {
        return !this.errors.isEmpty();
    }

    public List<FormError> errors() {
        return List.copyOf(this.errors);
    }

    /** Ends reading: throws {@link InvalidFormDataException} with every error found. */
    public void throwIfInvalid() {
        if (!this.errors.isEmpty()) {
            throw InvalidFormDataException.of(this.errors);
        }
    }

    private static <E extends Enum<E>> FormError.Choices names(Class<E> type) {
        List<String> names = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            names.add(constant.name());
        }
        return FormError.choices(names);
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

}
