package org.agreementtracker.agreement;

import java.util.function.Supplier;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * The agreement's title as a variable of each task, for Tasklist: its task lists show the
 * variable {@value #VARIABLE} in a column (a filter's variable), so it must be a
 * variable, while the rest of a task's context is not (see {@code shared.FormContext}).
 * It is task-local because Tasklist reads a list's variables with the coordinator's
 * rights, which cover their tasks' variables but not the process instance's.
 */
public final class TasklistTitle {

    public static final String VARIABLE = "agreementTitle";

    private TasklistTitle() {
    }

    /** Sets the title on the task. */
    public static void showFor(DelegateTask task, Supplier<String> title) {
        task.setVariableLocal(VARIABLE, title.get());
    }

}
