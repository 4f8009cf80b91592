package org.agreementtracker.shared;

import java.util.List;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * Data submitted through a form (in Tasklist or through the REST API) breaks a rule. The
 * command is rolled back and the caller gets every broken rule at once: a REST client as
 * a 400 answer, a Tasklist user as a message above the form.
 */
public class InvalidFormDataException extends BadUserRequestException {

    private final List<String> errors;

    public InvalidFormDataException(List<String> errors) {
        super("The form data is invalid: " + String.join("; ", errors));
        this.errors = List.copyOf(errors);
    }

    public List<String> errors() {
        return this.errors;
    }

}
