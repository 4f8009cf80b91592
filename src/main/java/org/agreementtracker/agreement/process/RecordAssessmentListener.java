package org.agreementtracker.agreement.process;

import org.agreementtracker.agreement.ImplementationService;
import org.agreementtracker.agreement.ImplementationStatus;
import org.agreementtracker.agreement.Reliability;
import org.agreementtracker.shared.FormValues;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import org.springframework.stereotype.Component;

/**
 * On completing "Assess implementation status": records the claimed level with its
 * evidence, pending a second person's review.
 * <p>
 * Reads {@code commitmentId} and the form's {@code implementationStatus},
 * {@code evidenceRef}, {@code evidenceSource}, {@code reliability},
 * {@code assessmentNote} (task-local). Writes {@code assessmentId}.
 */
@Component
class RecordAssessmentListener implements TaskListener {

    private final ImplementationService implementation;

    RecordAssessmentListener(ImplementationService implementation) {
        this.implementation = implementation;
    }

    @Override
    public void notify(DelegateTask task) {
        FormValues form = FormValues.of(task);
        ImplementationStatus status = form.choice("implementationStatus", ImplementationStatus.class, true);
        String evidenceRef = form.text("evidenceRef", true, 500);
        String source = form.text("evidenceSource", true, 300);
        Reliability reliability = form.choice("reliability", Reliability.class, true);
        String note = form.text("assessmentNote", false, 4000);
        form.throwIfInvalid();
        long id = this.implementation.assess(((Number) task.getVariable("commitmentId")).longValue(), status,
                evidenceRef, source, reliability, note);
        task.getExecution().getProcessInstance().setVariable("assessmentId", id);
    }

}
