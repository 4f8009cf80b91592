package org.agreementtracker.agreement.process;

/**
 * Names in {@code processes/agreement/agreement-lifecycle.bpmn} that code refers to: the
 * process, its elements, messages and variables.
 */
public final class AgreementLifecycle {

    public static final String PROCESS_ID = "agreement-lifecycle";

    private AgreementLifecycle() {
    }

    /** Element ids. */
    public static final class Elements {

        public static final String JOINT_STATEMENT_RECORDED = "StartEvent_JointStatementRecorded";

        public static final String REGISTER_AGREEMENT = "ServiceTask_RegisterAgreement";

        public static final String NEGOTIATE_MEMORANDUM = "SubProcess_NegotiateMemorandum";

        public static final String DRAFT_MEMORANDUM_TEXT = "UserTask_DraftMemorandumText";

        public static final String REVIEW_MEMORANDUM_DRAFT = "UserTask_ReviewMemorandumDraft";

        public static final String CLOSE_REVIEW_ROUND = "ServiceTask_CloseReviewRound";

        public static final String REVISE_MEMORANDUM_DRAFT = "UserTask_ReviseMemorandumDraft";

        public static final String DECIDE_ON_FURTHER_REVIEW_ROUNDS = "UserTask_DecideOnFurtherReviewRounds";

        public static final String SIGN_MEMORANDUM = "UserTask_SignMemorandum";

        public static final String MEMORANDUM_SIGNED_BY_MESSAGE = "BoundaryEvent_MemorandumSigned";

        public static final String REGISTER_SIGNATURE = "ServiceTask_RegisterSignature";

        public static final String FINAL_TEXT_OVERDUE = "StartEvent_FinalTextOverdue";

        public static final String NOTE_OVERDUE_MEMORANDUM = "ServiceTask_NoteOverdueMemorandum";

        public static final String ESCALATE_OVERDUE_MEMORANDUM = "UserTask_EscalateOverdueMemorandum";

        public static final String REMINDER_RECORDED = "EndEvent_ReminderRecorded";

        public static final String HARD_DEADLINE_PASSED = "BoundaryEvent_HardDeadlinePassed";

        public static final String DECIDE_ON_STALLED_NEGOTIATION = "UserTask_DecideOnStalledNegotiation";

        public static final String NEGOTIATION_ABANDONED = "BoundaryEvent_NegotiationAbandoned";

        public static final String AGREEMENT_ABANDONED = "EndEvent_AgreementAbandoned";

        public static final String AGREEMENT_WITHDRAWN_START = "StartEvent_AgreementWithdrawn";

        public static final String RECORD_WITHDRAWAL = "ServiceTask_RecordWithdrawal";

        public static final String AGREEMENT_WITHDRAWN = "EndEvent_AgreementWithdrawn";

        public static final String MEMORANDUM_SIGNED = "EndEvent_MemorandumSigned";

        private Elements() {
        }

    }

    /** Message names, correlated by business key (the agreement's id). */
    public static final class Messages {

        public static final String MEMORANDUM_SIGNED = "MemorandumSigned";

        public static final String AGREEMENT_WITHDRAWN = "AgreementWithdrawn";

        private Messages() {
        }

    }

    /**
     * Process variables: ids and routing facts; the agreement itself lives in our tables.
     */
    public static final class Variables {

        public static final String AGREEMENT_ID = "agreementId";

        public static final String LEAD_PARTY = "leadParty";

        public static final String REVIEWING_PARTIES = "reviewingParties";

        public static final String REVIEWING_PARTY = "reviewingParty";

        public static final String FINAL_TEXT_DUE_AT = "finalTextDueAt";

        public static final String HARD_DEADLINE_AT = "hardDeadlineAt";

        public static final String REMINDER_CYCLE = "reminderCycle";

        public static final String REVIEW_ROUND = "reviewRound";

        public static final String ALL_PARTIES_APPROVED = "allPartiesApproved";

        public static final String REVIEW_ROUNDS_LEFT = "reviewRoundsLeft";

        public static final String CONTINUE_NEGOTIATION = "continueNegotiation";

        public static final String EXTEND_NEGOTIATION = "extendNegotiation";

        public static final String ESCALATION_OPEN = "escalationOpen";

        public static final String COMMITMENT_IDS = "commitmentIds";

        public static final String COMMITMENT_ID = "commitmentId";

        private Variables() {
        }

    }

    /** Fields of the forms, as submitted by Tasklist or a REST client. */
    public static final class Fields {

        public static final String TITLE = "title";

        public static final String AGREEMENT_ID = "agreementId";

        public static final String INSTRUMENT_TYPE = "instrumentType";

        public static final String DATE_SIGNED = "dateSigned";

        public static final String LEAD_PARTY = "leadParty";

        public static final String PARTIES = "parties";

        public static final String AREAS = "areas";

        public static final String COMMITMENTS = "commitments";

        public static final String FINAL_TEXT_DUE_STATED = "finalTextDueStated";

        public static final String FINAL_TEXT_DUE = "finalTextDue";

        public static final String HARD_DEADLINE = "hardDeadline";

        public static final String MAX_REVIEW_ROUNDS = "maxReviewRounds";

        public static final String DRAFT_DOCUMENT_REF = "draftDocumentRef";

        public static final String DRAFT_SUMMARY = "draftSummary";

        public static final String REVIEW_DECISION = "reviewDecision";

        public static final String REVIEW_COMMENTS = "reviewComments";

        public static final String EXTRA_REVIEW_ROUNDS = "extraReviewRounds";

        public static final String DECISION_NOTE = "decisionNote";

        public static final String SIGNED_ON = "signedOn";

        public static final String SIGNED_PLACE = "signedPlace";

        public static final String SIGNATORIES = "signatories";

        public static final String SIGNED_DOCUMENT_REF = "signedDocumentRef";

        public static final String ESCALATION_ACTION = "escalationAction";

        public static final String NEGOTIATION_DECISION = "negotiationDecision";

        public static final String NEW_FINAL_TEXT_DUE = "newFinalTextDue";

        public static final String NEW_HARD_DEADLINE = "newHardDeadline";

        public static final String DECISION_REASON = "decisionReason";

        public static final String END_STATUS = "endStatus";

        public static final String END_REASON = "endReason";

        /**
         * Everything the start form submits but the id; none of it stays a process
         * variable.
         */
        static java.util.List<String> jointStatement() {
            java.util.List<String> fields = new java.util.ArrayList<>(
                    java.util.List.of(TITLE, INSTRUMENT_TYPE, DATE_SIGNED, PARTIES, AREAS, COMMITMENTS,
                            FINAL_TEXT_DUE_STATED, FINAL_TEXT_DUE, HARD_DEADLINE, MAX_REVIEW_ROUNDS));
            for (int row = 1; row <= JointStatementForm.PARTY_ROWS; row++) {
                fields.add("party" + row);
            }
            for (int row = 1; row <= JointStatementForm.COMMITMENT_ROWS; row++) {
                fields.add("commitment" + row);
            }
            return fields;
        }

        static final String[] SIGNATURE = { SIGNED_ON, SIGNED_PLACE, SIGNATORIES, SIGNED_DOCUMENT_REF };

        static final String[] WITHDRAWAL = { END_STATUS, END_REASON };

        private Fields() {
        }

    }

}
