/**
 * Follow-up meetings at senior and working level on each agreement's cadence, their
 * outcomes, and the action items they produce. Owns {@code processes/meeting/} and the
 * tables {@code tracker.meeting} and {@code tracker.action_item}.
 */
package org.agreementtracker.meeting;
