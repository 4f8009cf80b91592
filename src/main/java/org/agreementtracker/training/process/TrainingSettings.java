package org.agreementtracker.training.process;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param overdueReminderInterval how often an overdue deliverable is raised again
 */
@ConfigurationProperties("agreement-tracker.deliverables")
record TrainingSettings(@DefaultValue("P7D") Period overdueReminderInterval) {

}
