package org.agreementtracker.agreement.process;

import org.agreementtracker.agreement.ImplementationService;
import org.agreementtracker.shared.FormValues;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import org.springframework.stereotype.Component;

/**
 * On completing "Review assessment": a second person approves or rejects the assessment;
 * only an approved one sets the commitment's status.
 * <p>
 * Reads {@code assessmentId}, {@code commitmentId} and the form's
 * {@code assessmentApproved}, {@code reviewNote} (task-local). Writes
 * {@code assessmentApproved} and {@code commitmentStatus}.
 */
@Component
class RecordAssessmentReviewListener implements TaskListener {

    private final ImplementationService implementation;

    RecordAssessmentReviewListener(ImplementationService implementation) {
        this.implementation = implementation;
    }

    @Override
    public void notify(DelegateTask task) {
        FormValues form = FormValues.of(task);
        Boolean approved = form.bool("assessmentApproved", true);
        String note = form.text("reviewNote", false, 4000);
        form.throwIfInvalid();
        this.implementation.reviewAssessment(((Number) task.getVariable("assessmentId")).longValue(), approved, note);
        var instance = task.getExecution().getProcessInstance();
        instance.setVariable("assessmentApproved", approved);
        instance.setVariable("commitmentStatus",
                this.implementation.commitmentStatus(((Number) task.getVariable("commitmentId")).longValue()).name());
    }

}
