package org.agreementtracker.language;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Objects;

import org.agreementtracker.shared.Parties;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.task.IdentityLink;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The words of what people read beside a form, in mails and on pages, in their language:
 * messages of {@code i18n/messages*.properties}, our codes as words ({@code NOT_STARTED}
 * reads "not started", {@code gt} "Guatemala"), people by name, dates as their language
 * writes them.
 */
@Component
public class Texts {

    private final MessageSource messages;

    private final Languages languages;

    private final Parties parties;

    private final IdentityService identities;

    Texts(MessageSource messages, Languages languages, Parties parties, @Lazy IdentityService identities) {
        this.messages = messages;
        this.languages = languages;
        this.parties = parties;
        this.identities = identities;
    }

    /** The language of a task's form: its candidate group's party's. */
    public String languageOf(DelegateTask task) {
        return this.languages
            .ofGroups(task.getCandidates().stream().map(IdentityLink::getGroupId).filter(Objects::nonNull).toList());
    }

    public String text(String code, String language, Object... args) {
        return this.messages.getMessage(code, args, Locale.forLanguageTag(language));
    }

    /** A message, or the fallback where the bundles have none. */
    public String textOrElse(String code, String fallback, String language) {
        return this.messages.getMessage(code, null, fallback, Locale.forLanguageTag(language));
    }

    /**
     * A code as a word: {@code <prefix>.<NAME>} in the bundles ({@code implementation},
     * {@code reliability}, {@code kind}, {@code level}, {@code decision}, {@code status},
     * {@code area}, {@code role}, {@code instrument}, {@code qualifier}).
     */
    public String label(String prefix, Enum<?> value, String language) {
        if (value == null) {
            return "";
        }
        return this.messages.getMessage(prefix + "." + value.name(), null,
                value.name().toLowerCase(Locale.ROOT).replace('_', ' '), Locale.forLanguageTag(language));
    }

    /** A party by its name ("Guatemala"); a code we do not know stays as it is. */
    public String party(String code) {
        if (code == null) {
            return "";
        }
        return this.parties.find(code).map(Parties.Party::name).orElse(code);
    }

    /**
     * A party by its name in a language: {@code party.<code>} in the bundles, else its
     * configured name.
     */
    public String party(String code, String language) {
        if (code == null) {
            return "";
        }
        // a party registered at run time has no bundle entry, but may have a Spanish name
        String registered = "es".equals(language) ? this.parties.find(code)
            .map(Parties.Party::nameEs)
            .filter(name -> name != null && !name.isBlank())
            .orElse(party(code)) : party(code);
        return this.messages.getMessage("party." + code, null, registered, Locale.forLanguageTag(language));
    }

    /**
     * A line of the status history in a language: the message {@code history.<key>} with
     * its values shown by their kind (days, moments, parties, coded words, text as
     * entered; see {@code agreement.HistoryNote}).
     */
    public String historyNote(String key, java.util.List<String> args, String language) {
        Object[] shown = new Object[args.size()];
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String value = arg.length() < 2 ? arg : arg.substring(2);
            shown[i] = switch (arg.length() < 2 ? ' ' : arg.charAt(0)) {
                case 'd' -> date(LocalDate.parse(value), language);
                case 't' -> date(Instant.parse(value), language) + " "
                        + Instant.parse(value).atOffset(ZoneOffset.UTC).toLocalTime().toString() + " UTC";
                case 'p' -> String.join(", ",
                        java.util.Arrays.stream(value.split(",")).map(code -> party(code, language)).toList());
                case 'w' -> this.messages.getMessage(value, null,
                        value.startsWith("cadence.") ? value.substring("cadence.".length()) : value,
                        Locale.forLanguageTag(language));
                case 'n' -> Long.valueOf(value);
                default -> value;
            };
        }
        return this.messages.getMessage("history." + key, shown, key, Locale.forLanguageTag(language));
    }

    /** A user by her name, and her account in brackets: "Ana López (coordinator-gt)". */
    public String person(String userId) {
        if (userId == null || userId.isBlank()) {
            return "";
        }
        // A coordinator may not read other users' profiles; a name beside a draft or a
        // review is what the form shows her of them.
        CommandContext command = Context.getCommandContext();
        User user = command == null ? this.identities.createUserQuery().userId(userId).singleResult() : command
            .runWithoutAuthorization(() -> this.identities.createUserQuery().userId(userId).singleResult());
        if (user == null) {
            return userId;
        }
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName()))
            .trim();
        return name.isEmpty() ? userId : name + " (" + userId + ")";
    }

    /** The prefixes of the codes {@link #words} tells, and of the texts of our pages. */
    private static final java.util.List<String> WORDS = java.util.List.of("implementation", "reliability", "kind",
            "level", "decision", "status", "area", "role", "instrument", "qualifier", "party", "page", "deadline",
            "lateness", "group", "evidence", "task");

    /**
     * Our codes as words and the texts of our own pages, in a language, by message key
     * ({@code implementation.NOT_STARTED}, {@code page.progress.title}), for pages that
     * show what {@code /api} answers in codes.
     */
    public java.util.Map<String, String> words(String language) {
        java.util.Map<String, String> words = new java.util.TreeMap<>();
        java.util.ResourceBundle english = java.util.ResourceBundle.getBundle("i18n/messages", Locale.ROOT);
        for (String key : english.keySet()) {
            if (WORDS.contains(key.substring(0, Math.max(0, key.indexOf('.'))))) {
                words.put(key,
                        this.messages.getMessage(key, null, english.getString(key), Locale.forLanguageTag(language)));
            }
        }
        // Parties registered at run time are named by the registry.
        for (Parties.Party party : this.parties.parties()) {
            words.putIfAbsent("party." + party.code(), party(party.code(), language));
        }
        // Task names exist only in the translations: English reads the model's names.
        if (!Languages.ENGLISH.equals(language)) {
            try {
                java.util.ResourceBundle own = java.util.ResourceBundle.getBundle("i18n/messages",
                        Locale.forLanguageTag(language), java.util.ResourceBundle.Control
                            .getNoFallbackControl(java.util.ResourceBundle.Control.FORMAT_PROPERTIES));
                for (String key : own.keySet()) {
                    if (key.startsWith("task.")) {
                        words.put(key, own.getString(key));
                    }
                }
            }
            catch (java.util.MissingResourceException ex) {
                // a language without a bundle of its own has no task names either
            }
        }
        return words;
    }

    public String date(LocalDate date, String language) {
        return Languages.date(date, language);
    }

    public String date(OffsetDateTime moment, String language) {
        return moment == null ? ""
                : Languages.date(moment.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate(), language);
    }

    public String date(Instant moment, String language) {
        return moment == null ? "" : Languages.date(moment.atOffset(ZoneOffset.UTC).toLocalDate(), language);
    }

    public String number(Number number, String language) {
        return Languages.number(number, language);
    }

}
