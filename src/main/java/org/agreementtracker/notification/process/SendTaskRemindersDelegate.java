package org.agreementtracker.notification.process;

import org.agreementtracker.notification.NotificationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * Send task reminders ({@code send-notifications}): tasks due soon or overdue, and new
 * escalations for managers. Writes {@code mailsSent}.
 */
@Component
class SendTaskRemindersDelegate implements JavaDelegate {

    private final NotificationService notifications;

    SendTaskRemindersDelegate(NotificationService notifications) {
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable("mailsSent", this.notifications.sendTaskReminders());
    }

}
