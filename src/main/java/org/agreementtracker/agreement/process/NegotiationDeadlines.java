package org.agreementtracker.agreement.process;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

import org.agreementtracker.agreement.LifecycleProperties;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Turns the agreement's deadline dates into what the timers read: a deadline on a date
 * has passed when that date has ended (midnight UTC), and the overdue reminders start
 * then (or now, for a deadline already past) and repeat.
 */
final class NegotiationDeadlines {

    private NegotiationDeadlines() {
    }

    static void apply(VariableScope scope, LocalDate finalTextDue, LocalDate hardDeadline,
            LifecycleProperties lifecycle) {
        variables(finalTextDue, hardDeadline, lifecycle).forEach(scope::setVariable);
    }

    static Map<String, Object> variables(LocalDate finalTextDue, LocalDate hardDeadline,
            LifecycleProperties lifecycle) {
        Instant due = endOf(finalTextDue);
        Instant firstReminder = firstReminder(finalTextDue, lifecycle);
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(AgreementLifecycle.Variables.FINAL_TEXT_DUE_AT, Date.from(due));
        variables.put(AgreementLifecycle.Variables.HARD_DEADLINE_AT, Date.from(endOf(hardDeadline)));
        variables.put(AgreementLifecycle.Variables.REMINDER_CYCLE,
                "R/" + DateTimeFormatter.ISO_INSTANT.format(firstReminder) + "/" + lifecycle.reminderInterval());
        return variables;
    }

    /**
     * When the final text is first raised as overdue: at its deadline, or soon if past.
     */
    static Instant firstReminder(LocalDate finalTextDue, LifecycleProperties lifecycle) {
        Instant due = endOf(finalTextDue);
        return due.isAfter(now()) ? due : now().plus(lifecycle.firstOverdueReminderDelay());
    }

    static Instant endOf(LocalDate date) {
        return date.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

}
