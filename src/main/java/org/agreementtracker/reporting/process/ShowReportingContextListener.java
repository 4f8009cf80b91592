package org.agreementtracker.reporting.process;

import java.util.Map;

import org.agreementtracker.agreement.AgreementService;
import org.agreementtracker.agreement.TasklistTitle;
import org.agreementtracker.shared.FormContext;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import org.springframework.stereotype.Component;

/**
 * On "Report indicator values" and "Follow up overdue item": the agreement's title, which
 * the forms show read-only, computed when a form is opened ({@link FormContext}), and a
 * variable of the instance, once, for Tasklist's lists ({@link TasklistTitle}).
 * <p>
 * Reads {@code agreementId}. Shows {@code agreementTitle}.
 */
@Component
class ShowReportingContextListener implements TaskListener, FormContext {

    private final AgreementService agreements;

    ShowReportingContextListener(AgreementService agreements) {
        this.agreements = agreements;
    }

    @Override
    public void notify(DelegateTask task) {
        TasklistTitle.showFor(task, () -> title(task));
    }

    @Override
    public Map<String, String> formContext(DelegateTask task) {
        return Map.of(TasklistTitle.VARIABLE, title(task));
    }

    private String title(DelegateTask task) {
        return this.agreements.listedTitle((String) task.getVariable("agreementId"));
    }

}
