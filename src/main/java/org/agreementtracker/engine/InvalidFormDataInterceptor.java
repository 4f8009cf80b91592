package org.agreementtracker.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.agreementtracker.language.Languages;
import org.agreementtracker.shared.FormError;
import org.agreementtracker.shared.InvalidFormDataException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

import org.springframework.context.MessageSource;

/**
 * The engine wraps whatever a task listener throws in a plain
 * {@link ProcessEngineException}, which both REST APIs answer with 500. Invalid form data
 * is the caller's mistake, so this interceptor, outside the transaction, hands the
 * original {@link InvalidFormDataException} (a {@code BadUserRequestException}, answered
 * with 400) back to the caller, told in the caller's language: Tasklist shows the message
 * as it is.
 */
class InvalidFormDataInterceptor extends CommandInterceptor {

    private final Supplier<Authentication> caller;

    private final Languages languages;

    private final MessageSource messages;

    InvalidFormDataInterceptor(Supplier<Authentication> caller, Languages languages, MessageSource messages) {
        this.caller = caller;
        this.languages = languages;
        this.messages = messages;
    }

    @Override
    public <T> T execute(Command<T> command) {
        try {
            return this.next.execute(command);
        }
        catch (ProcessEngineException ex) {
            for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
                if (cause instanceof InvalidFormDataException invalid) {
                    throw toldToCaller(invalid);
                }
            }
            throw ex;
        }
    }

    private InvalidFormDataException toldToCaller(InvalidFormDataException invalid) {
        Authentication authentication = this.caller.get();
        String language = authentication == null || authentication.getGroupIds() == null ? Languages.ENGLISH
                : this.languages.ofGroups(authentication.getGroupIds());
        if (language.equals(Languages.ENGLISH)) {
            return invalid;
        }
        Locale locale = Locale.forLanguageTag(language);
        List<String> told = invalid.problems().stream().map(problem -> toldIn(problem, language)).toList();
        return invalid.toldAs(this.messages.getMessage(InvalidFormDataException.MESSAGE_KEY,
                new Object[] { String.join("; ", told) }, locale));
    }

    private String toldIn(FormError problem, String language) {
        if (problem.messageKey() == null) {
            return problem.english();
        }
        Object[] args = problem.args().stream().map(arg -> writtenIn(arg, language)).toArray();
        return this.messages.getMessage(problem.messageKey(), args, problem.english(), Locale.forLanguageTag(language));
    }

    private static String writtenIn(Object arg, String language) {
        if (arg instanceof LocalDate date) {
            return Languages.date(date, language);
        }
        if (arg instanceof Number number) {
            return Languages.number(number, language);
        }
        return String.valueOf(arg);
    }

}
