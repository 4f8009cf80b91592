package org.agreementtracker.agreement.process;

import java.util.Map;

import org.agreementtracker.agreement.EscalationRouting;
import org.agreementtracker.agreement.ImplementationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * Record escalation ({@code escalate-overdue-item}): keeps what the routing decided, and
 * puts the item on the next senior meeting's agenda where it says so.
 * <p>
 * Reads {@code agreementId}, {@code itemKind}, {@code itemId}, {@code itemText},
 * {@code daysOverdue} and {@code routing} (the decision's result). Writes
 * {@code managerTask}.
 */
@Component
class RecordEscalationDelegate implements JavaDelegate {

    private final ImplementationService implementation;

    RecordEscalationDelegate(ImplementationService implementation) {
        this.implementation = implementation;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void execute(DelegateExecution execution) {
        Map<String, Object> result = (Map<String, Object>) execution.getVariable("routing");
        EscalationRouting routing = new EscalationRouting(Boolean.TRUE.equals(result.get("remindCoordinator")),
                Boolean.TRUE.equals(result.get("managerTask")), Boolean.TRUE.equals(result.get("agendaItem")));
        Object itemId = execution.getVariable("itemId");
        this.implementation.escalate((String) execution.getVariable("agreementId"),
                (String) execution.getVariable("itemKind"), itemId == null ? null : ((Number) itemId).longValue(),
                (String) execution.getVariable("itemText"), (Integer) execution.getVariable("daysOverdue"), routing);
        execution.setVariable("managerTask", routing.managerTask());
    }

}
