/**
 * Adapters between the {@code deliverable-delivery} process (and the deliverable plan of
 * a commitment) and the deliverable service.
 */
package org.agreementtracker.training.process;
