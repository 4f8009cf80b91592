package org.agreementtracker.training.process;

import java.util.ArrayList;
import java.util.List;

import org.agreementtracker.training.DeliverableService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * Look up planned deliverables ({@code commitment-implementation}): deliverables the
 * agreement file already named need no planning task.
 * <p>
 * Reads {@code commitmentId}. Writes {@code deliverableIds} and
 * {@code deliverablesPlanned}.
 */
@Component
class LookUpPlannedDeliverablesDelegate implements JavaDelegate {

    private final DeliverableService deliverables;

    LookUpPlannedDeliverablesDelegate(DeliverableService deliverables) {
        this.deliverables = deliverables;
    }

    @Override
    public void execute(DelegateExecution execution) {
        List<Long> ids = this.deliverables
            .idsOfCommitment(((Number) execution.getVariable("commitmentId")).longValue());
        execution.setVariable("deliverableIds", new ArrayList<>(ids));
        execution.setVariable("deliverablesPlanned", !ids.isEmpty());
    }

}
