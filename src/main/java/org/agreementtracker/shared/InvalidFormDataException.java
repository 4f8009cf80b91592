package org.agreementtracker.shared;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * Data submitted through a form (in Tasklist or through the REST API) breaks a rule. The
 * command is rolled back and the caller gets every broken rule at once, each field once:
 * a REST client as a 400 answer listing them, a Tasklist user beside the fields, in her
 * language, the fields named by their labels on the form (see {@link FormError}).
 */
public class InvalidFormDataException extends BadUserRequestException {

    private final List<FormError> problems;

    private final String formId;

    /** Rules told in English only. */
    public InvalidFormDataException(List<String> errors) {
        this(errors.stream().map(FormError::untranslated).toList(), null);
    }

    private InvalidFormDataException(List<FormError> problems, String formId) {
        super(String.join("; ", problems.stream().map(FormError::english).toList()));
        this.problems = List.copyOf(problems);
        this.formId = formId;
    }

    /**
     * The broken rules, each field's first only: a field that is missing is not also told
     * to be of the wrong kind, and a rule checked twice is told once.
     */
    public static InvalidFormDataException of(List<FormError> problems) {
        List<FormError> once = new ArrayList<>();
        Set<String> fields = new HashSet<>();
        Set<String> general = new HashSet<>();
        for (FormError problem : problems) {
            boolean first = problem.field() == null || problem.field().isEmpty() ? general.add(problem.english())
                    : fields.add(problem.field());
            if (first) {
                once.add(problem);
            }
        }
        return new InvalidFormDataException(once, null);
    }

    public static InvalidFormDataException of(FormError problem) {
        return of(List.of(problem));
    }

    /** The same rules about the fields of the form with this id (its English one). */
    public InvalidFormDataException onForm(String formId) {
        return new InvalidFormDataException(this.problems, formId);
    }

    /** The same rules, fields renamed (list entries told as the form's rows). */
    public InvalidFormDataException renamed(UnaryOperator<String> paths) {
        return of(this.problems.stream().map(problem -> problem.renamed(paths)).toList()).onForm(this.formId);
    }

    /** Every broken rule, in English, fields named by their paths. */
    public List<String> errors() {
        return this.problems.stream().map(FormError::english).toList();
    }

    public List<FormError> problems() {
        return this.problems;
    }

    /** The English form whose fields the rules concern; null when not known. */
    public String formId() {
        return this.formId;
    }

}
