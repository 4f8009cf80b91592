/**
 * The delegates of the notification processes, which the job executor runs on their
 * timers.
 */
package org.agreementtracker.notification.process;
