package org.agreementtracker.shared;

import java.util.List;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * Data submitted through a form (in Tasklist or through the REST API) breaks a rule. The
 * command is rolled back and the caller gets every broken rule at once: a REST client as
 * a 400 answer, a Tasklist user as a message above the form, in her language where the
 * rule has a translation (see {@link FormError}).
 */
public class InvalidFormDataException extends BadUserRequestException {

    /** The message around the broken rules: {0} is them, joined by "; ". */
    public static final String MESSAGE_KEY = "form.invalid";

    private final List<FormError> problems;

    /** Rules told in English only. */
    public InvalidFormDataException(List<String> errors) {
        this(errors.stream().map(FormError::untranslated).toList(), null);
    }

    private InvalidFormDataException(List<FormError> problems, String message) {
        super(message != null ? message : FormError.english(MESSAGE_KEY,
                String.join("; ", problems.stream().map(FormError::english).toList())));
        this.problems = List.copyOf(problems);
    }

    public static InvalidFormDataException of(List<FormError> problems) {
        return new InvalidFormDataException(problems, null);
    }

    public static InvalidFormDataException of(FormError problem) {
        return of(List.of(problem));
    }

    /** The same rules with a message already told in the caller's language. */
    public InvalidFormDataException toldAs(String message) {
        return new InvalidFormDataException(this.problems, message);
    }

    /** Every broken rule, in English. */
    public List<String> errors() {
        return this.problems.stream().map(FormError::english).toList();
    }

    public List<FormError> problems() {
        return this.problems;
    }

}
