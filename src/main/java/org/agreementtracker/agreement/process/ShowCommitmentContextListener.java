package org.agreementtracker.agreement.process;

import org.agreementtracker.agreement.Agreement;
import org.agreementtracker.agreement.AgreementService;
import org.agreementtracker.agreement.Assessment;
import org.agreementtracker.agreement.Commitment;
import org.agreementtracker.agreement.ImplementationService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import org.springframework.stereotype.Component;

/**
 * On every commitment task: the agreement, the commitment's words and status, and the
 * assessment under review, as task-local variables the forms show.
 * <p>
 * Reads {@code agreementId}, {@code commitmentId}, {@code assessmentId}. Writes the
 * task-local {@code agreementTitle}, {@code commitmentText},
 * {@code commitmentStatusText}, {@code assessmentText}.
 */
@Component
class ShowCommitmentContextListener implements TaskListener {

    private final AgreementService agreements;

    private final ImplementationService implementation;

    ShowCommitmentContextListener(AgreementService agreements, ImplementationService implementation) {
        this.agreements = agreements;
        this.implementation = implementation;
    }

    @Override
    public void notify(DelegateTask task) {
        Agreement agreement = this.agreements.get((String) task.getVariable("agreementId"));
        long commitmentId = ((Number) task.getVariable("commitmentId")).longValue();
        Commitment commitment = this.implementation.commitment(commitmentId);
        task.setVariableLocal("agreementTitle", agreement.title() + " (" + agreement.id() + ")");
        task.setVariableLocal("commitmentText", "Commitment " + commitment.position() + ": " + commitment.text());
        task.setVariableLocal("commitmentStatusText", this.implementation.commitmentStatus(commitmentId).name());
        Object assessmentId = task.getVariable("assessmentId");
        if (assessmentId != null) {
            Assessment assessment = this.implementation.assessment(((Number) assessmentId).longValue());
            task.setVariableLocal("assessmentText",
                    assessment.status() + " claimed by " + assessment.assessedBy() + "; evidence: "
                            + assessment.evidenceRef() + " (" + assessment.evidenceSource() + ", "
                            + assessment.reliability().name().toLowerCase() + ")"
                            + (assessment.note() == null ? "" : ". Note: " + assessment.note()));
        }
    }

}
