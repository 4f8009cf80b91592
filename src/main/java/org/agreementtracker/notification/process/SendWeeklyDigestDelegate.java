package org.agreementtracker.notification.process;

import org.agreementtracker.notification.NotificationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * Send weekly digest ({@code weekly-digest}): every manager, what is late. Writes
 * {@code mailsSent}.
 */
@Component
class SendWeeklyDigestDelegate implements JavaDelegate {

    private final NotificationService notifications;

    SendWeeklyDigestDelegate(NotificationService notifications) {
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable("mailsSent", this.notifications.sendWeeklyDigest());
    }

}
