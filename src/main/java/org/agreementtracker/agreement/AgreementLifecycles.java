package org.agreementtracker.agreement;

import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * Starts the lifecycle of an agreement registered outside its start form (an agreement
 * file) where it stands; implemented next to the process, in {@code agreement.process}.
 */
public interface AgreementLifecycles {

    /** The lead drafts the memorandum next. */
    ProcessInstance startNegotiation(Agreement agreement);

    /**
     * The memorandum is signed: implementation starts with these cadences and end date.
     */
    ProcessInstance startImplementation(Agreement agreement, ImplementationService.ImplementationPlan plan);

}
