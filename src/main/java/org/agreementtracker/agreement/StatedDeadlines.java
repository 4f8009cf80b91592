package org.agreementtracker.agreement;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves the deadlines governments state in words ("complete the final agreement next
 * month") to a date, counted from the day the statement was made. The words are kept
 * beside the date; what cannot be resolved is left to the coordinator to date.
 */
public final class StatedDeadlines {

    private static final Pattern IN_UNITS = Pattern
        .compile("(?:in|within|en|dentro de)\\s+(?:the\\s+next\\s+|los\\s+próximos\\s+|las\\s+próximas\\s+)?"
                + "(\\d+|one|two|three|four|six|un|una|dos|tres|cuatro|seis)\\s+(day|week|month|día|semana|mes)(?:s|es)?");

    private StatedDeadlines() {
    }

    /**
     * @param stated the words, in English or Spanish
     * @param statedOn the day they were said
     * @return the date they mean, if we understand them
     */
    public static Optional<LocalDate> resolve(String stated, LocalDate statedOn) {
        if (stated == null || stated.isBlank() || statedOn == null) {
            return Optional.empty();
        }
        String words = stated.trim().toLowerCase(Locale.ROOT);
        try {
            return Optional.of(LocalDate.parse(words));
        }
        catch (DateTimeParseException ex) {
            // not a date: read it as words
        }
        if (words.contains("next month") || words.contains("próximo mes") || words.contains("mes que viene")) {
            return Optional.of(statedOn.plusMonths(1).with(TemporalAdjusters.lastDayOfMonth()));
        }
        if (words.contains("this month") || words.contains("end of the month") || words.contains("este mes")) {
            return Optional.of(statedOn.with(TemporalAdjusters.lastDayOfMonth()));
        }
        if (words.contains("next week") || words.contains("próxima semana")) {
            return Optional.of(statedOn.plusWeeks(1));
        }
        if (words.contains("coming weeks") || words.contains("próximas semanas")) {
            return Optional.of(statedOn.plusWeeks(3));
        }
        if (words.contains("next year") || words.contains("próximo año")) {
            return Optional.of(statedOn.plusYears(1).with(TemporalAdjusters.lastDayOfYear()));
        }
        Matcher units = IN_UNITS.matcher(words);
        if (units.find()) {
            int amount = number(units.group(1));
            return Optional.of(switch (units.group(2)) {
                case "day", "día" -> statedOn.plusDays(amount);
                case "week", "semana" -> statedOn.plusWeeks(amount);
                default -> statedOn.plusMonths(amount);
            });
        }
        return Optional.empty();
    }

    private static int number(String word) {
        return switch (word) {
            case "one", "un", "una" -> 1;
            case "two", "dos" -> 2;
            case "three", "tres" -> 3;
            case "four", "cuatro" -> 4;
            case "six", "seis" -> 6;
            default -> Integer.parseInt(word);
        };
    }

}
