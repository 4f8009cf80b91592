package org.agreementtracker.agreement;

import java.util.function.Supplier;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * The agreement's title as a variable of the process instance, for Tasklist: its task
 * lists show the variable {@value #VARIABLE} in a column (a filter's variable) and can
 * search by it, so it must be a variable, while the rest of a task's context is not (see
 * {@code shared.FormContext}). The instance's first task sets it, once; a form shows the
 * current title from its context.
 */
public final class TasklistTitle {

    public static final String VARIABLE = "agreementTitle";

    private TasklistTitle() {
    }

    /**
     * Sets the title on the task's process instance unless it has one.
     * @param title read only when the instance has no title yet
     */
    public static void showFor(DelegateTask task, Supplier<String> title) {
        DelegateExecution instance = task.getExecution().getProcessInstance();
        if (!instance.hasVariableLocal(VARIABLE)) {
            instance.setVariableLocal(VARIABLE, title.get());
        }
    }

}
