package org.agreementtracker.agreement;

import java.time.Duration;
import java.time.Period;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How much time each step of the negotiation gets, and the defaults of a new agreement.
 *
 * @param draftTime time to write the first draft
 * @param reviewTime time for each party to review a draft
 * @param reviseTime time to revise a draft after a review round
 * @param decisionTime time a manager has for a decision
 * @param escalationTime time a manager has to act on an overdue memorandum
 * @param reminderInterval how often an overdue memorandum is raised again until signed
 * @param hardDeadlineAfterDue default time between the final-text deadline and the hard
 * deadline
 * @param defaultReviewRounds review rounds before a manager decides, when the agreement
 * does not say
 * @param implementationPeriod how long a signed agreement runs when it does not say
 * @param reassessmentInterval how often a commitment's status is assessed again
 * @param indicatorReportingInterval how often indicators are reported
 * @param firstOverdueReminderDelay when an agreement is recorded or imported with its
 * final text already overdue, how long until the first reminder (a short pause, so a
 * recording never waits on its own reminder)
 */
@Validated
@ConfigurationProperties("agreement-tracker.lifecycle")
public record LifecycleProperties(@DefaultValue("P7D") Period draftTime, @DefaultValue("P7D") Period reviewTime,
        @DefaultValue("P5D") Period reviseTime, @DefaultValue("P5D") Period decisionTime,
        @DefaultValue("P3D") Period escalationTime, @DefaultValue("P7D") Period reminderInterval,
        @DefaultValue("P60D") Period hardDeadlineAfterDue, @DefaultValue("3") @Min(1) @Max(20) int defaultReviewRounds,
        @DefaultValue("P2Y") Period implementationPeriod, @DefaultValue("P3M") Period reassessmentInterval,
        @DefaultValue("P3M") Period indicatorReportingInterval,
        @DefaultValue("PT1M") Duration firstOverdueReminderDelay) {

}
