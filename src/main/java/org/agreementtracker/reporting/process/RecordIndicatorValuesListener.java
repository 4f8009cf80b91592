package org.agreementtracker.reporting.process;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.agreementtracker.agreement.HistoryNote;
import org.agreementtracker.agreement.AgreementService;
import org.agreementtracker.reporting.IndicatorService;
import org.agreementtracker.reporting.IndicatorValue;
import org.agreementtracker.reporting.Qualifier;
import org.agreementtracker.shared.FormValues;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import org.springframework.stereotype.Component;

/**
 * On completing "Report indicator values": stores each filled row with its qualifier,
 * period and source. A period with nothing to report is recorded as such.
 * <p>
 * Reads {@code agreementId} and the form's {@code indicator1} to {@code indicator6}
 * (task-local objects of {@code indicator}, {@code value}, {@code unit},
 * {@code qualifier}, {@code period}, {@code source}) and {@code nothingToReport}.
 */
@Component
class RecordIndicatorValuesListener implements TaskListener {

    static final int ROWS = 6;

    private final IndicatorService indicators;

    private final AgreementService agreements;

    RecordIndicatorValuesListener(IndicatorService indicators, AgreementService agreements) {
        this.indicators = indicators;
        this.agreements = agreements;
    }

    @Override
    public void notify(DelegateTask task) {
        FormValues form = FormValues.of(task);
        List<IndicatorValue> values = new ArrayList<>();
        for (int row = 1; row <= ROWS; row++) {
            JsonNode item = form.object("indicator" + row);
            if (item == null || text(item, "indicator") == null && text(item, "value") == null) {
                continue;
            }
            String qualifier = text(item, "qualifier");
            BigDecimal value = null;
            if (text(item, "value") != null) {
                try {
                    value = new BigDecimal(text(item, "value"));
                }
                catch (NumberFormatException ex) {
                    form.error("indicator" + row + ".value", "number");
                }
            }
            values.add(new IndicatorValue(text(item, "indicator"), value, text(item, "unit"),
                    qualifier == null ? null
                            : form.choiceOf("indicator" + row + ".qualifier", qualifier, Qualifier.class),
                    text(item, "period"), text(item, "source")));
        }
        Boolean nothing = form.bool("nothingToReport", false);
        if (values.isEmpty() && !Boolean.TRUE.equals(nothing)) {
            form.error("indicator1", "requiredOrNothingToReport");
        }
        form.throwIfInvalid();
        String agreementId = (String) task.getVariable("agreementId");
        if (values.isEmpty()) {
            this.agreements.note(agreementId, HistoryNote.of("nothingToReport"));
        }
        else {
            this.indicators.report(agreementId, values);
        }
        // The rows are objects, which Tasklist cannot submit into a task-local
        // variable of no type; they arrive as process variables and are removed once
        // stored.
        removeRows(task);
    }

    private static String text(JsonNode item, String field) {
        JsonNode value = item.get(field);
        return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText().trim();
    }

    private static void removeRows(DelegateTask task) {
        java.util.List<String> names = new java.util.ArrayList<>();
        for (int row = 1; row <= ROWS; row++) {
            names.add("indicator" + row);
        }
        task.getExecution().getProcessInstance().removeVariables(names);
    }

}
