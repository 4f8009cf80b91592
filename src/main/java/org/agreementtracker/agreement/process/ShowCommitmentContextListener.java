package org.agreementtracker.agreement.process;

import java.util.LinkedHashMap;
import java.util.Map;

import org.agreementtracker.agreement.AgreementService;
import org.agreementtracker.agreement.Assessment;
import org.agreementtracker.agreement.Commitment;
import org.agreementtracker.agreement.ImplementationService;
import org.agreementtracker.agreement.TasklistTitle;
import org.agreementtracker.shared.FormContext;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import org.springframework.stereotype.Component;

/**
 * On every commitment task: the agreement, the commitment's words and status, and the
 * assessment under review, which the forms show read-only, computed when a form is opened
 * ({@link FormContext}); only the title becomes a variable, once per instance, for
 * Tasklist's lists ({@link TasklistTitle}).
 * <p>
 * Reads {@code agreementId}, {@code commitmentId}, {@code assessmentId}. Shows
 * {@code agreementTitle}, {@code commitmentText}, {@code commitmentStatusText},
 * {@code assessmentText}.
 */
@Component
class ShowCommitmentContextListener implements TaskListener, FormContext {

    private final AgreementService agreements;

    private final ImplementationService implementation;

    ShowCommitmentContextListener(AgreementService agreements, ImplementationService implementation) {
        this.agreements = agreements;
        this.implementation = implementation;
    }

    @Override
    public void notify(DelegateTask task) {
        TasklistTitle.showFor(task, () -> this.agreements.listedTitle((String) task.getVariable("agreementId")));
    }

    @Override
    public Map<String, String> formContext(DelegateTask task) {
        Map<String, String> context = new LinkedHashMap<>();
        String agreementId = (String) task.getVariable("agreementId");
        long commitmentId = ((Number) task.getVariable("commitmentId")).longValue();
        Commitment commitment = this.implementation.commitment(commitmentId);
        context.put(TasklistTitle.VARIABLE, this.agreements.listedTitle(agreementId));
        context.put("commitmentText", "Commitment " + commitment.position() + ": " + commitment.text());
        context.put("commitmentStatusText", this.implementation.commitmentStatus(commitmentId).name());
        Object assessmentId = task.getVariable("assessmentId");
        if (assessmentId != null) {
            Assessment assessment = this.implementation.assessment(((Number) assessmentId).longValue());
            context.put("assessmentText",
                    assessment.status() + " claimed by " + assessment.assessedBy() + "; evidence: "
                            + assessment.evidenceRef() + " (" + assessment.evidenceSource() + ", "
                            + assessment.reliability().name().toLowerCase() + ")"
                            + (assessment.note() == null ? "" : ". Note: " + assessment.note()));
        }
        return context;
    }

}
