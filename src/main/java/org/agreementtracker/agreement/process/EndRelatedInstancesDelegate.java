package org.agreementtracker.agreement.process;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import org.springframework.stereotype.Component;

/**
 * End related instances: an ended agreement leaves nothing running. Called activities end
 * with their caller; this ends the instances started on their own for the agreement
 * (ad-hoc meetings), found by the business key they share.
 * <p>
 * Reads the business key.
 */
@Component
class EndRelatedInstancesDelegate implements JavaDelegate {

    private final RuntimeService runtimeService;

    EndRelatedInstancesDelegate(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        for (ProcessInstance instance : this.runtimeService.createProcessInstanceQuery()
            .processInstanceBusinessKey(execution.getProcessBusinessKey())
            .rootProcessInstances()
            .list()) {
            if (!instance.getId().equals(execution.getProcessInstanceId())) {
                this.runtimeService.deleteProcessInstance(instance.getId(),
                        "Agreement " + execution.getProcessBusinessKey() + " ended", false, true);
            }
        }
    }

}
