package org.agreementtracker.shared;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * What a task's form shows read-only (the agreement's title and summary, a commitment's
 * words, a meeting's agenda), computed from our tables each time the form's variables are
 * read, as Tasklist does when it opens the form. A task's create listener that implements
 * this interface contributes the values (see {@code engine.FormContextPlugin}).
 * <p>
 * They are never stored as variables: a task costs no rows and no history for its
 * context, and the form shows the agreement as it is when the form is opened, not as it
 * was when the task was created.
 */
public interface FormContext {

    /**
     * @param task the task whose form is opened; its variables (ids, routing facts) say
     * what to show
     * @return the texts by form field key
     */
    Map<String, String> formContext(DelegateTask task);

}
