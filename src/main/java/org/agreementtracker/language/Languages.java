package org.agreementtracker.language;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.agreementtracker.shared.Parties;

import org.springframework.stereotype.Component;

/**
 * Which language a person or a task works in, and how that language writes dates and
 * numbers. A party's coordinators work in the party's configured language; everyone else
 * (managers, reviewers, administrators) in English.
 */
@Component
public class Languages {

    public static final String ENGLISH = "en";

    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private static final DateTimeFormatter SPANISH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Parties parties;

    public Languages(Parties parties) {
        this.parties = parties;
    }

    /** The language of a party; English for an unknown one. */
    public String ofParty(String partyCode) {
        return this.parties.find(partyCode).map(Parties.Party::language).orElse(ENGLISH);
    }

    /**
     * The language of whoever holds these groups: the language of the first party whose
     * coordinators group is among them, else English.
     */
    public String ofGroups(Collection<String> groupIds) {
        for (Parties.Party party : this.parties.parties()) {
            if (groupIds.contains(party.coordinatorsGroup())) {
                return party.language();
            }
        }
        return ENGLISH;
    }

    /**
     * The language to answer a person in: her party's, when it is not English (her forms
     * are in it, whatever her browser says); else the first language of her browser's
     * {@code Accept-Language} that we have; else English.
     * @param groupIds her groups
     * @param acceptLanguage the request's header, or null
     */
    public String forCaller(Collection<String> groupIds, String acceptLanguage) {
        String own = ofGroups(groupIds);
        if (!own.equals(ENGLISH) || acceptLanguage == null || acceptLanguage.isBlank()) {
            return own;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                String wanted = Locale.forLanguageTag(range.getRange()).getLanguage();
                if (wanted.equals(ENGLISH) || translated().contains(wanted)) {
                    return wanted;
                }
            }
        }
        catch (IllegalArgumentException ex) {
            // a malformed header: answer in English
        }
        return ENGLISH;
    }

    /** Every language other than English that some party works in. */
    public List<String> translated() {
        return this.parties.parties()
            .stream()
            .map(Parties.Party::language)
            .filter(language -> !language.equals(ENGLISH))
            .distinct()
            .sorted()
            .toList();
    }

    /** 31/01/2026 in Spanish, 31 Jan 2026 in English. */
    public static String date(LocalDate date, String language) {
        if (date == null) {
            return "";
        }
        return (language.equals("es") ? SPANISH_DATE : ENGLISH_DATE).format(date);
    }

    /**
     * 1.234,5 in Spanish, 1,234.5 in English. Grouping starts at four digits in both, as
     * official statistics write them (the JDK's Spanish locale groups only from five).
     */
    public static String number(Number number, String language) {
        if (number == null) {
            return "";
        }
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ENGLISH);
        if (language.equals("es")) {
            symbols.setGroupingSeparator('.');
            symbols.setDecimalSeparator(',');
        }
        DecimalFormat format = new DecimalFormat("#,##0.###", symbols);
        return format.format(number);
    }

}
