/**
 * Deliverables of commitments (law-enforcement training, advisers deployed, public
 * messaging campaigns, systems delivered): planned, delivered or postponed, with
 * evidence. Owns {@code processes/training/} and the table {@code tracker.deliverable}.
 */
package org.agreementtracker.training;
