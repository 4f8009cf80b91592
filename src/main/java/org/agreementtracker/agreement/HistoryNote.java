package org.agreementtracker.agreement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * A line of an agreement's status history as a message key ({@code history.<key>} in the
 * bundles) and its values, so that every reader gets it in her language. Each value keeps
 * its kind, and is shown accordingly: {@code d:} a day, {@code t:} a moment, {@code n:} a
 * whole number, {@code p:} party codes, {@code w:} a code that the bundles name
 * ({@code w:implementation.FULL}), {@code s:} text as entered.
 *
 * @param key the message key, without the {@code history.} prefix
 * @param args the values, each with its kind
 */
public record HistoryNote(String key, List<String> args) {

    /** What separates the values where they are stored. */
    public static final String SEPARATOR = "\u001F";

    public static HistoryNote of(String key, Object... values) {
        List<String> args = new ArrayList<>();
        for (Object value : values) {
            args.add(encode(value));
        }
        return new HistoryNote(key, List.copyOf(args));
    }

    /** Party codes, shown as the parties' names. */
    public static Parties parties(Collection<String> codes) {
        return new Parties(List.copyOf(codes));
    }

    /** A code shown as the word the bundles give it under that prefix. */
    public static Word word(String prefix, Enum<?> code) {
        return new Word(prefix + "." + code.name());
    }

    /**
     * A meeting cadence in words where the bundles name it ({@code cadence.R/P6M}: "every
     * 6 months"), else as written (specific dates); none for no meetings.
     */
    public static Word cadence(String cadence) {
        return new Word("cadence." + (cadence == null || cadence.isBlank() ? "none" : cadence.trim()));
    }

    public String stored() {
        return String.join(SEPARATOR, this.args);
    }

    public static List<String> parse(String stored) {
        return stored == null || stored.isEmpty() ? List.of() : Arrays.asList(stored.split(SEPARATOR, -1));
    }

    private static String encode(Object value) {
        if (value instanceof LocalDate day) {
            return "d:" + day;
        }
        if (value instanceof Integer || value instanceof Long) {
            return "n:" + value;
        }
        if (value instanceof Instant moment) {
            return "t:" + moment;
        }
        if (value instanceof Parties parties) {
            return "p:" + String.join(",", parties.codes());
        }
        if (value instanceof Word word) {
            return "w:" + word.key();
        }
        // the separator never appears in what people type, and must not
        return "s:" + String.valueOf(value).replace(SEPARATOR, " ");
    }

    /** Party codes to show as names. */
    public record Parties(List<String> codes) {
    }

    /** A code to show as a word. */
    public record Word(String key) {
    }

}
