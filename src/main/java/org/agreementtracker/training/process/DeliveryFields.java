package org.agreementtracker.training.process;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The fields the plan and delivery forms of every kind may hold; each user task declares
 * them as inputs so they stay local to the task, and the listeners keep those that were
 * filled in.
 */
final class DeliveryFields {

    static final List<String> PLAN = List.of("course", "audienceUnit", "partnerCountry", "trainerAgency",
            "traineesTargeted", "advisersTargeted", "deployedTo", "location", "campaignName", "channels", "audience",
            "description", "startsOn", "endsOn");

    static final List<String> CONFIRM = List.of("delivered", "deliveredOn", "participants", "hours", "evaluation",
            "advisersDeployed", "reach", "evidenceRef", "postponeReason");

    private DeliveryFields() {
    }

    static Map<String, Object> filled(VariableScope scope, List<String> fields) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (String field : fields) {
            Object value = scope.getVariableLocal(field);
            if (value == null) {
                value = scope.getVariable(field);
            }
            if (value != null && !value.toString().isBlank()) {
                values.put(field, value instanceof Number || value instanceof Boolean ? value : value.toString());
            }
        }
        return values;
    }

}
