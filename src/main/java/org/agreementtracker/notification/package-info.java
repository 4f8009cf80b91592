/**
 * Reminders, escalations and weekly digests by e-mail, and iCalendar feeds of meetings,
 * training dates and deadlines. Owns {@code processes/notification/} and the tables
 * {@code tracker.notification_sent} and {@code tracker.calendar_token}.
 */
package org.agreementtracker.notification;
