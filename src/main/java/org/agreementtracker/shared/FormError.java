package org.agreementtracker.shared;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * One broken rule of submitted data, kept as a message key, the field it concerns and the
 * message's arguments, so that it can be told in the language of whoever submitted it
 * with the field named by its label on the form ({@code language.FormErrorMessages}). The
 * texts are {@code form.error.<key>} in {@code i18n/messages*.properties}; {@code {0}} is
 * the field, the arguments follow from {@code {1}}.
 *
 * @param key the message key, or null for a text that has no translation (checks of files
 * and API parameters, which speak English)
 * @param field the path of the field as submitted ({@code title}, {@code party2.role},
 * {@code parties[1].role}), or null for a rule about the whole submission
 * @param args the arguments: texts, dates and numbers (which each language writes its own
 * way), other fields ({@link Field}) and offered values ({@link Choices}), which are told
 * by their labels
 */
public record FormError(String key, String field, List<Object> args) {

    private static final String PREFIX = "form.error.";

    public FormError {
        args = List.copyOf(args);
    }

    /** A rule broken by one field. */
    public static FormError of(String key, String field, Object... args) {
        return new FormError(key, field, Arrays.stream(args).map(FormError::kept).toList());
    }

    /** A rule about the submission as a whole (the agreement has ended, say). */
    public static FormError about(String key, Object... args) {
        return new FormError(key, null, Arrays.stream(args).map(FormError::kept).toList());
    }

    /** A text in English only. */
    public static FormError untranslated(String text) {
        return new FormError(null, null, List.of(text));
    }

    /** Another field that a message names ("must not be before Starts on"). */
    public static Field field(String path) {
        return new Field(path);
    }

    /** The values a field offers, told by their labels where the form has them. */
    public static Choices choices(List<String> values) {
        return new Choices(List.copyOf(values));
    }

    /** The message key in the bundles; null for an untranslated text. */
    public String messageKey() {
        return this.key == null ? null : PREFIX + this.key;
    }

    /**
     * The same rule about a field of another path (a list entry told as its form row).
     */
    public FormError renamed(UnaryOperator<String> paths) {
        return new FormError(this.key, this.field == null ? null : paths.apply(this.field),
                this.args.stream()
                    .map(arg -> arg instanceof Field other ? field(paths.apply(other.path())) : arg)
                    .toList());
    }

    /** In English, fields named by their paths: for logs, files and our own API. */
    public String english() {
        if (this.key == null) {
            return (String) this.args.get(0);
        }
        Object[] all = new Object[this.args.size() + 1];
        all[0] = this.field == null ? "" : this.field;
        for (int i = 0; i < this.args.size(); i++) {
            Object arg = this.args.get(i);
            if (arg instanceof Field other) {
                arg = other.path();
            }
            else if (arg instanceof Choices choices) {
                arg = String.join(", ", choices.values());
            }
            all[i + 1] = arg;
        }
        return english(messageKey(), all).trim();
    }

    static String english(String messageKey, Object... args) {
        ResourceBundle english = ResourceBundle.getBundle("i18n/messages", Locale.ROOT);
        return new MessageFormat(english.getString(messageKey), Locale.ENGLISH).format(args);
    }

    private static Object kept(Object arg) {
        if (arg instanceof Number || arg instanceof LocalDate || arg instanceof Field || arg instanceof Choices) {
            return arg;
        }
        if (arg instanceof List<?> values) {
            return choices(values.stream().map(String::valueOf).collect(Collectors.toList()));
        }
        return String.valueOf(arg);
    }

    /** A field named in a message, by its path. */
    public record Field(String path) {
    }

    /** The values a field accepts. */
    public record Choices(List<String> values) {
    }

}
