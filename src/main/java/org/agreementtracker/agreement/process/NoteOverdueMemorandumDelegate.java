package org.agreementtracker.agreement.process;

import org.agreementtracker.agreement.AgreementService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.pvm.runtime.PvmExecutionImpl;
import org.camunda.bpm.engine.variable.Variables;

import org.springframework.stereotype.Component;

/**
 * Note overdue memorandum: each time the reminder timer fires after the final-text
 * deadline, records it in the status history and says whether managers already have an
 * escalation open, so they get one task at a time, not one per reminder.
 * <p>
 * Reads {@code agreementId}. Writes, transient and local to this reminder,
 * {@code escalationOpen}. Our tables count the reminders.
 */
@Component
class NoteOverdueMemorandumDelegate implements JavaDelegate {

    private final AgreementService agreements;

    NoteOverdueMemorandumDelegate(AgreementService agreements) {
        this.agreements = agreements;
    }

    @Override
    public void execute(DelegateExecution execution) {
        this.agreements
            .noteOverdueMemorandum((String) execution.getVariable(AgreementLifecycle.Variables.AGREEMENT_ID));
        // An open escalation is an execution waiting in its task. Starting this
        // reminder's event subprocess loaded the execution tree already, so looking
        // there costs nothing; a task query had MyBatis build Camunda's task query SQL
        // each time: two fifths of a reminder's CPU (docs/benchmarks.md).
        boolean open = !((PvmExecutionImpl) execution).getProcessInstance()
            .findExecutions(AgreementLifecycle.Elements.ESCALATE_OVERDUE_MEMORANDUM)
            .isEmpty();
        // Only the gateway right after reads it: a transient variable of this run of the
        // event subprocess costs no row and no history on every reminder.
        execution.setVariableLocal(AgreementLifecycle.Variables.ESCALATION_OPEN, Variables.booleanValue(open, true));
    }

}
