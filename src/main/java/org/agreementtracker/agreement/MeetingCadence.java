package org.agreementtracker.agreement;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.agreementtracker.shared.FormError;

/**
 * How often an agreement's follow-up meetings happen at one level: an ISO-8601 repeating
 * interval ({@code R/P3M}, {@code R4/P1M}, {@code R/2027-01-15T14:00:00Z/P3M}), whose
 * first meeting comes one interval after the signature unless it names a start, or a list
 * of dates ({@code 2027-01-15, 2027-04-15}).
 *
 * @param text the cadence as entered
 * @param start the first meeting, for a repeating interval
 * @param period the time between meetings, for a repeating interval
 * @param repetitions how many meetings a repeating interval holds, {@code -1} for no
 * limit
 * @param dates the meetings, for a list of dates
 */
public record MeetingCadence(String text, Instant start, Period period, int repetitions, List<Instant> dates) {

    /** Meetings on a date happen at 14:00 UTC unless a time is given. */
    private static final int DEFAULT_HOUR = 14;

    /**
     * Reads a cadence.
     * @param text what was entered; blank means no regular meetings
     * @param signedOn the day the memorandum was signed, where a repeating interval
     * starts
     * @return the cadence, or empty for none
     * @throws InvalidCadenceException with a message a coordinator understands
     */
    public static Optional<MeetingCadence> parse(String text, LocalDate signedOn) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String cadence = inWords(text).orElse(text.trim());
        if (cadence.startsWith("R")) {
            String[] parts = cadence.split("/");
            if (parts.length < 2 || parts.length > 3) {
                throw new InvalidCadenceException("cadenceInterval", text);
            }
            int repetitions;
            try {
                repetitions = parts[0].length() == 1 ? -1 : Integer.parseInt(parts[0].substring(1));
            }
            catch (NumberFormatException ex) {
                throw new InvalidCadenceException("cadenceRepetitions", parts[0]);
            }
            Period period = period(parts[parts.length - 1]);
            if (period.isZero() || period.isNegative()) {
                throw new InvalidCadenceException("cadencePositive", text);
            }
            // Without a start, the first meeting comes one interval after the signature.
            Instant start = parts.length == 3 ? instant(parts[1]) : atMeetingHour(signedOn.plus(period));
            return Optional.of(new MeetingCadence(cadence, start, period, repetitions, List.of()));
        }
        if (cadence.chars().anyMatch(Character::isLetter) && !cadence.matches("[0-9T:Z.,;\\s+-]+")) {
            throw new InvalidCadenceException("cadenceWords", text);
        }
        List<Instant> dates = new ArrayList<>();
        for (String part : cadence.split("[,;\\s]+")) {
            if (!part.isBlank()) {
                dates.add(instant(part));
            }
        }
        dates.sort(null);
        return Optional.of(new MeetingCadence(cadence, null, null, 0, List.copyOf(dates)));
    }

    /**
     * A cadence said in words, in English or Spanish, as an ISO-8601 repeating interval:
     * "monthly", "every 6 months", "cada 6 meses", "quarterly", "trimestral", "every 2
     * weeks", "yearly", "anual".
     * @return the interval, or empty for text that is not one of these
     */
    public static Optional<String> inWords(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String words = text.trim().toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
        String fixed = switch (words) {
            case "monthly", "every month", "mensual", "mensualmente", "cada mes", "todos los meses" -> "R/P1M";
            case "quarterly", "every quarter", "trimestral", "trimestralmente", "cada trimestre" -> "R/P3M";
            case "twice a year", "every half year", "semestral", "semestralmente", "cada semestre" -> "R/P6M";
            case "yearly", "annually", "annual", "every year", "anual", "anualmente", "cada año" -> "R/P1Y";
            case "weekly", "every week", "semanal", "semanalmente", "cada semana" -> "R/P1W";
            default -> null;
        };
        if (fixed != null) {
            return Optional.of(fixed);
        }
        java.util.regex.Matcher every = EVERY.matcher(words);
        if (every.matches()) {
            int amount = Integer.parseInt(every.group(1));
            String unit = every.group(2);
            String period = unit.startsWith("week") || unit.startsWith("semana") ? "W"
                    : unit.startsWith("year") || unit.startsWith("año") ? "Y" : "M";
            return amount > 0 ? Optional.of("R/P" + amount + period) : Optional.empty();
        }
        return Optional.empty();
    }

    private static final java.util.regex.Pattern EVERY = java.util.regex.Pattern
        .compile("(?:every|cada) (\\d{1,2}) (months?|weeks?|years?|mes|meses|semanas?|años?)");

    /** The first meeting strictly after {@code after}, if the cadence holds one. */
    public Optional<Instant> nextAfter(Instant after) {
        if (this.period == null) {
            return this.dates.stream().filter(date -> date.isAfter(after)).findFirst();
        }
        OffsetDateTime meeting = this.start.atOffset(ZoneOffset.UTC);
        for (int occurrence = 1; this.repetitions < 0 || occurrence <= this.repetitions; occurrence++) {
            if (meeting.toInstant().isAfter(after)) {
                return Optional.of(meeting.toInstant());
            }
            meeting = meeting.plus(this.period);
            if (occurrence > 10_000) {
                break;
            }
        }
        return Optional.empty();
    }

    private static Period period(String text) {
        try {
            return Period.parse(text);
        }
        catch (DateTimeParseException ex) {
            throw new InvalidCadenceException("cadencePeriod", text);
        }
    }

    private static Instant instant(String text) {
        try {
            if (text.length() <= 10) {
                return atMeetingHour(LocalDate.parse(text));
            }
            return OffsetDateTime.parse(text).toInstant();
        }
        catch (DateTimeParseException ex) {
            throw new InvalidCadenceException("cadenceDate", text);
        }
    }

    private static Instant atMeetingHour(LocalDate date) {
        return date.atTime(DEFAULT_HOUR, 0).toInstant(ZoneOffset.UTC);
    }

    /**
     * A cadence that cannot be read; its message is English, {@link #about(String)} tells
     * it in any language.
     */
    public static final class InvalidCadenceException extends IllegalArgumentException {

        private final String key;

        private final String text;

        InvalidCadenceException(String key, String text) {
            super(FormError.of(key, "", text).english().replaceFirst("^[:\\s]+", ""));
            this.key = key;
            this.text = text;
        }

        /** The problem as a broken rule of a form's field. */
        public FormError about(String field) {
            return FormError.of(this.key, field, this.text);
        }

    }

}
