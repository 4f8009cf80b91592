package org.agreementtracker.agreement.process;

/**
 * Names in {@code processes/agreement/commitment-implementation.bpmn} that code refers
 * to.
 */
public final class CommitmentImplementation {

    public static final String PROCESS_ID = "commitment-implementation";

    /**
     * The process each deliverable runs, called from
     * {@link Elements#DELIVER_DELIVERABLES}.
     */
    public static final String DELIVERY_PROCESS_ID = "deliverable-delivery";

    private CommitmentImplementation() {
    }

    /** Element ids. */
    public static final class Elements {

        public static final String PLAN_DELIVERABLES = "UserTask_PlanDeliverables";

        public static final String DELIVER_DELIVERABLES = "CallActivity_DeliverDeliverables";

        public static final String COMMITMENT_REMOVED = "StartEvent_CommitmentRemoved";

        private Elements() {
        }

    }

    /** Message names, correlated to one instance. */
    public static final class Messages {

        /**
         * Ends the commitment's implementation: a re-imported file no longer names it.
         */
        public static final String COMMITMENT_REMOVED = "CommitmentRemoved";

        private Messages() {
        }

    }

    /** Process variables. */
    public static final class Variables {

        public static final String DELIVERABLE_IDS = "deliverableIds";

        public static final String DELIVERABLE_ID = "deliverableId";

        private Variables() {
        }

    }

}
