package org.agreementtracker.notification;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param from the sender of our mails
 * @param baseUrl where users reach the application, for links in mails and calendar feeds
 * @param reminderLead how long before a task is due its group is reminded
 */
@ConfigurationProperties("agreement-tracker.notifications")
public record NotificationSettings(@DefaultValue("agreement-tracker@localhost") String from,
        @DefaultValue("http://localhost:8080") String baseUrl, @DefaultValue("P2D") Duration reminderLead) {

}
