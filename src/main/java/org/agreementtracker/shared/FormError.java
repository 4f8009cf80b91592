package org.agreementtracker.shared;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * One broken rule of submitted data, kept as a message key and its arguments so it can be
 * told in the language of whoever submitted it. The texts are {@code form.error.<key>} in
 * {@code i18n/messages*.properties}; the first argument is usually the field.
 *
 * @param key the message key, or null for a text that has no translation (checks of files
 * and API parameters, which speak English)
 * @param args the arguments: texts, or dates and numbers, which each language writes its
 * own way
 */
public record FormError(String key, List<Object> args) {

    private static final String PREFIX = "form.error.";

    public FormError {
        args = List.copyOf(args);
    }

    public static FormError of(String key, Object... args) {
        return new FormError(key,
                Arrays.stream(args)
                    .map(arg -> arg instanceof Number || arg instanceof LocalDate ? arg : String.valueOf(arg))
                    .toList());
    }

    /** A text in English only. */
    public static FormError untranslated(String text) {
        return new FormError(null, List.of(text));
    }

    /** The message key in the bundles; null for an untranslated text. */
    public String messageKey() {
        return this.key == null ? null : PREFIX + this.key;
    }

    public String english() {
        if (this.key == null) {
            return (String) this.args.get(0);
        }
        return english(messageKey(), this.args.toArray());
    }

    static String english(String messageKey, Object... args) {
        ResourceBundle english = ResourceBundle.getBundle("i18n/messages", Locale.ROOT);
        return new MessageFormat(english.getString(messageKey), Locale.ENGLISH).format(args);
    }

}
