/**
 * Agreements: instruments (joint statement, roadmap, memorandum of cooperation), their
 * parties, areas and commitments, and their negotiation up to the signed memorandum. Owns
 * the models in {@code processes/agreement/} and the tables {@code tracker.agreement*},
 * {@code commitment*}, {@code memorandum_*} and {@code status_change}.
 */
package org.agreementtracker.agreement;
