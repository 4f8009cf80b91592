package org.agreementtracker.language;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.agreementtracker.shared.FormError;
import org.agreementtracker.shared.InvalidFormDataException;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Tells the broken rules of a submitted form the way a person reads them: in her
 * language, each field named by its label on the form, each offered value by its label,
 * dates and numbers written her language's way; never the form's keys, ids or the
 * engine's words.
 */
@Component
public class FormErrorMessages {

    /** {@code parties[1].role}: an entry of a list that a form shows as numbered rows. */
    private static final Pattern LIST_ENTRY = Pattern.compile("^([A-Za-z]+)\\[(\\d+)](.*)$");

    private final FormLabels labels;

    private final MessageSource messages;

    FormErrorMessages(FormLabels labels, MessageSource messages) {
        this.labels = labels;
        this.messages = messages;
    }

    /**
     * One broken rule as told.
     *
     * @param field the path of the field as submitted, null for a rule about the whole
     * form
     * @param component the id of the form component showing the field, where the form has
     * one
     * @param message what is wrong, in the reader's words
     */
    public record Told(String field, String component, String message) {
    }

    public List<Told> tell(InvalidFormDataException invalid, String language) {
        List<Told> told = new ArrayList<>();
        for (FormError problem : invalid.problems()) {
            told.add(tell(problem, invalid.formId(), language));
        }
        return told;
    }

    /** The broken rules in one sentence, for a place that shows one text. */
    public String summary(List<Told> told, String language) {
        return this.messages.getMessage("form.invalid",
                new Object[] { told.stream().map(Told::message).collect(Collectors.joining("; ")) },
                Locale.forLanguageTag(language));
    }

    Told tell(FormError problem, String formId, String language) {
        Locale locale = Locale.forLanguageTag(language);
        Optional<FormLabels.Field> field = problem.field() == null ? Optional.empty()
                : field(formId, problem.field(), language);
        if (problem.messageKey() == null) {
            return new Told(problem.field(), field.map(FormLabels.Field::component).orElse(null),
                    capitalised(problem.english(), locale));
        }
        Object[] args = new Object[problem.args().size() + 1];
        args[0] = problem.field() == null ? "" : labelOf(formId, problem.field(), language);
        for (int i = 0; i < problem.args().size(); i++) {
            Object arg = problem.args().get(i);
            if (arg instanceof FormError.Field other) {
                args[i + 1] = labelOf(formId, other.path(), language);
            }
            else if (arg instanceof FormError.Choices choices) {
                Map<String, String> options = field.map(FormLabels.Field::options).orElse(Map.of());
                args[i + 1] = choices.values()
                    .stream()
                    .map(value -> options.getOrDefault(value, value))
                    .collect(Collectors.joining(", "));
            }
            else if (arg instanceof LocalDate date) {
                args[i + 1] = Languages.date(date, language);
            }
            else if (arg instanceof Number number) {
                args[i + 1] = Languages.number(number, language);
            }
            else if (arg instanceof String value) {
                // A value the field offers (the one given, say) is told by its label.
                args[i + 1] = field.map(FormLabels.Field::options).map(options -> options.get(value)).orElse(value);
            }
            else {
                args[i + 1] = arg;
            }
        }
        String message = this.messages.getMessage(problem.messageKey(), args, problem.english(), locale);
        return new Told(problem.field(), field.map(FormLabels.Field::component).orElse(null),
                capitalised(message.trim(), locale));
    }

    private Optional<FormLabels.Field> field(String formId, String path, String language) {
        Optional<FormLabels.Field> field = this.labels.field(formId, path, language);
        if (field.isPresent()) {
            return field;
        }
        Matcher entry = LIST_ENTRY.matcher(path);
        if (entry.matches()) {
            String rows = this.messages.getMessage("form.rows." + entry.group(1), null, null, Locale.ROOT);
            if (rows != null) {
                return this.labels.field(formId, rows + (Integer.parseInt(entry.group(2)) + 1) + entry.group(3),
                        language);
            }
        }
        return Optional.empty();
    }

    private String labelOf(String formId, String path, String language) {
        Optional<FormLabels.Field> field = field(formId, path, language);
        if (field.isPresent() && !field.get().label().isBlank()) {
            return field.get().label();
        }
        String unindexed = path.replaceAll("\\[\\d+]", "");
        String named = this.messages.getMessage("form.field." + unindexed, null, null, Locale.forLanguageTag(language));
        return named != null ? named : humanised(unindexed);
    }

    /** {@code newFinalTextDue} as "new final text due": never a key as it is written. */
    private static String humanised(String path) {
        String last = path.substring(path.lastIndexOf('.') + 1);
        return last.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }

    private static String capitalised(String text, Locale locale) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }

}
