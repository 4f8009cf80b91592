/**
 * Adapters between the {@code follow-up-meetings} and {@code action-item} processes and
 * the meeting service.
 */
package org.agreementtracker.meeting.process;
