package org.agreementtracker.agreement;

import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * Starts the lifecycle of an agreement registered outside its start form (an agreement
 * file) where it stands, and makes a running lifecycle follow changes made outside its
 * steps (a re-imported file); implemented next to the process, in
 * {@code agreement.process}.
 */
public interface AgreementLifecycles {

    /** The lead drafts the memorandum next. */
    ProcessInstance startNegotiation(Agreement agreement);

    /**
     * The memorandum is signed: implementation starts with these cadences and end date.
     */
    ProcessInstance startImplementation(Agreement agreement, ImplementationService.ImplementationPlan plan);

    /**
     * A commitment added to an agreement being implemented starts its implementation
     * beside the others; before signature nothing runs (implementation starts with every
     * commitment), after the end nothing does.
     */
    void addCommitment(String agreementId, long commitmentId);

    /**
     * A deliverable added to a commitment being implemented starts its delivery: beside
     * the commitment's other deliveries, or on its own once the commitment is
     * implemented; while the lead still plans the commitment's deliverables, her plan
     * takes it in.
     */
    void addDeliverable(String agreementId, long commitmentId, long deliverableId);

    /** A removed commitment's implementation ends, with its deliveries. */
    void endCommitment(String agreementId, long commitmentId);

    /**
     * The negotiation's timers (hard deadline, overdue reminders) and open steps follow
     * the agreement's moved deadlines.
     */
    void moveNegotiationDeadlines(Agreement agreement);

}
