package org.agreementtracker.training.process;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.agreementtracker.shared.FormValues;
import org.agreementtracker.training.DeliverableKind;
import org.agreementtracker.training.DeliverableService;

/**
 * Reads the deliverable rows of "Plan deliverables" ({@code deliverable1} to
 * {@code deliverable6}).
 */
final class DeliverableRows {

    static final int ROWS = 6;

    private DeliverableRows() {
    }

    static List<DeliverableService.NewDeliverable> read(FormValues form) {
        List<DeliverableService.NewDeliverable> rows = new ArrayList<>();
        for (int row = 1; row <= ROWS; row++) {
            JsonNode item = form.object("deliverable" + row);
            if (item == null || text(item, "title") == null && text(item, "kind") == null) {
                continue;
            }
            String kind = text(item, "kind");
            String due = text(item, "dueDate");
            JsonNode target = item.get("target");
            rows.add(new DeliverableService.NewDeliverable(
                    kind == null ? null : form.choiceOf("deliverable" + row + ".kind", kind, DeliverableKind.class),
                    text(item, "title"), text(item, "ownerParty"),
                    due == null ? null : FormValues.of(java.util.Map.of("dueDate", due)).date("dueDate", false),
                    target == null || target.isNull() || target.asText().isBlank() ? null
                            : new BigDecimal(target.asText())));
        }
        return rows;
    }

    private static String text(JsonNode item, String field) {
        JsonNode value = item.get(field);
        return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText().trim();
    }

}
