package org.agreementtracker.agreement.process;

import java.time.Duration;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;

import org.springframework.stereotype.Component;

/**
 * Measure overdue ({@code escalate-overdue-item}): how many whole days have passed since
 * the item was due, for the escalation routing.
 * <p>
 * Reads {@code dueAt}. Writes {@code daysOverdue}.
 */
@Component
class MeasureOverdueDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        Date due = (Date) execution.getVariable("dueAt");
        long days = Duration.between(due.toInstant(), ClockUtil.getCurrentTime().toInstant()).toDays();
        execution.setVariable("daysOverdue", (int) Math.max(0, days));
    }

}
