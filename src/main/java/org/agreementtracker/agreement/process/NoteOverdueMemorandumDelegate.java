package org.agreementtracker.agreement.process;

import org.agreementtracker.agreement.AgreementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;

import org.springframework.stereotype.Component;

/**
 * Note overdue memorandum: each time the reminder timer fires after the final-text
 * deadline, records it in the status history and says whether managers already have an
 * escalation open, so they get one task at a time, not one per reminder.
 * <p>
 * Reads {@code agreementId} and {@code overdueReminders}. Writes {@code overdueReminders}
 * and, transient and local to this reminder, {@code escalationOpen}.
 */
@Component
class NoteOverdueMemorandumDelegate implements JavaDelegate {

    private final AgreementService agreements;

    private final TaskService taskService;

    NoteOverdueMemorandumDelegate(AgreementService agreements, TaskService taskService) {
        this.agreements = agreements;
        this.taskService = taskService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object previous = execution.getVariable(AgreementLifecycle.Variables.OVERDUE_REMINDERS);
        int reminder = previous == null ? 1 : ((Integer) previous) + 1;
        this.agreements.noteOverdueMemorandum((String) execution.getVariable(AgreementLifecycle.Variables.AGREEMENT_ID),
                reminder);
        long open = this.taskService.createTaskQuery()
            .processInstanceId(execution.getProcessInstanceId())
            .taskDefinitionKey(AgreementLifecycle.Elements.ESCALATE_OVERDUE_MEMORANDUM)
            .count();
        execution.setVariable(AgreementLifecycle.Variables.OVERDUE_REMINDERS, reminder);
        // Only the gateway right after reads it: a transient variable of this run of the
        // event subprocess costs no row and no history on every reminder.
        execution.setVariableLocal(AgreementLifecycle.Variables.ESCALATION_OPEN,
                Variables.booleanValue(open > 0, true));
    }

}
