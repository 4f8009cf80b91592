package org.agreementtracker.reporting.process;

import org.agreementtracker.agreement.Agreement;
import org.agreementtracker.agreement.AgreementService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import org.springframework.stereotype.Component;

/**
 * On "Report indicator values": the agreement, as the task-local {@code agreementTitle}.
 * <p>
 * Reads {@code agreementId}.
 */
@Component
class ShowReportingContextListener implements TaskListener {

    private final AgreementService agreements;

    ShowReportingContextListener(AgreementService agreements) {
        this.agreements = agreements;
    }

    @Override
    public void notify(DelegateTask task) {
        Agreement agreement = this.agreements.get((String) task.getVariable("agreementId"));
        task.setVariableLocal("agreementTitle", agreement.title() + " (" + agreement.id() + ")");
    }

}
