package org.agreementtracker.agreement.process;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.agreementtracker.agreement.AgreementParty;
import org.agreementtracker.agreement.Area;
import org.agreementtracker.agreement.InstrumentType;
import org.agreementtracker.agreement.NewAgreement;
import org.agreementtracker.agreement.PartyRole;
import org.agreementtracker.shared.FormValues;

import static org.agreementtracker.agreement.process.AgreementLifecycle.Fields.AGREEMENT_ID;
import static org.agreementtracker.agreement.process.AgreementLifecycle.Fields.AREAS;
import static org.agreementtracker.agreement.process.AgreementLifecycle.Fields.COMMITMENTS;
import static org.agreementtracker.agreement.process.AgreementLifecycle.Fields.DATE_SIGNED;
import static org.agreementtracker.agreement.process.AgreementLifecycle.Fields.FINAL_TEXT_DUE;
import static org.agreementtracker.agreement.process.AgreementLifecycle.Fields.FINAL_TEXT_DUE_STATED;
import static org.agreementtracker.agreement.process.AgreementLifecycle.Fields.HARD_DEADLINE;
import static org.agreementtracker.agreement.process.AgreementLifecycle.Fields.INSTRUMENT_TYPE;
import static org.agreementtracker.agreement.process.AgreementLifecycle.Fields.LEAD_PARTY;
import static org.agreementtracker.agreement.process.AgreementLifecycle.Fields.MAX_REVIEW_ROUNDS;
import static org.agreementtracker.agreement.process.AgreementLifecycle.Fields.PARTIES;
import static org.agreementtracker.agreement.process.AgreementLifecycle.Fields.TITLE;

/**
 * Reads the "Record joint statement" form (or the same variables sent to the REST API)
 * into a {@link NewAgreement}, reporting fields of the wrong type or shape.
 */
final class JointStatementForm {

    /**
     * The country value a form uses for an international organisation such as INTERPOL.
     */
    static final String NO_COUNTRY = "none";

    private JointStatementForm() {
    }

    /**
     * Rows the form offers for parties and for commitments; the REST API takes lists of
     * any length.
     */
    static final int PARTY_ROWS = 8;

    static final int COMMITMENT_ROWS = 10;

    static NewAgreement read(String businessKey, FormValues form) {
        String title = form.text(TITLE, true, 300);
        InstrumentType type = form.choice(INSTRUMENT_TYPE, InstrumentType.class, true);
        var dateSigned = form.date(DATE_SIGNED, true);
        String leadParty = form.text(LEAD_PARTY, true, 2);
        List<AgreementParty> parties = new ArrayList<>();
        List<JsonNode> partyItems = rowsOrList(form, PARTIES, "party", PARTY_ROWS, true);
        for (int i = 0; i < partyItems.size(); i++) {
            JsonNode item = partyItems.get(i);
            String country = text(item, "country");
            String roleText = text(item, "role");
            PartyRole role = roleText == null ? null
                    : form.choiceOf(form.asSubmitted(PARTIES + "[" + i + "]") + ".role", roleText, PartyRole.class);
            parties.add(new AgreementParty(text(item, "name"),
                    country == null || NO_COUNTRY.equals(country) ? null : country, role));
        }
        Set<Area> areas = areas(form, AREAS, form.texts(AREAS, false));
        List<NewAgreement.StatedCommitment> commitments = new ArrayList<>();
        List<JsonNode> commitmentItems = rowsOrList(form, COMMITMENTS, "commitment", COMMITMENT_ROWS, false);
        for (int i = 0; i < commitmentItems.size(); i++) {
            JsonNode item = commitmentItems.get(i);
            List<String> areaNames = new ArrayList<>();
            item.path("areas").forEach(area -> areaNames.add(area.asText()));
            commitments.add(new NewAgreement.StatedCommitment(text(item, "text"),
                    areas(form, form.asSubmitted(COMMITMENTS + "[" + i + "]") + ".areas", areaNames)));
        }
        String wantedId = form.text(AGREEMENT_ID, false, 64);
        String id = businessKey != null && !businessKey.isBlank() ? businessKey.trim() : wantedId;
        return new NewAgreement(id, title, type, dateSigned, leadParty, parties, areas, commitments,
                form.text(FINAL_TEXT_DUE_STATED, false, 200), form.date(FINAL_TEXT_DUE, false),
                form.date(HARD_DEADLINE, false), form.integer(MAX_REVIEW_ROUNDS, false, 1, 20));
    }

    /**
     * The entries of a list field, or else of the form's numbered rows ({@code party1},
     * {@code party2}, ...), skipping rows left empty; each entry taken from a row is
     * known by that row in messages.
     */
    private static List<JsonNode> rowsOrList(FormValues form, String listField, String rowPrefix, int rows,
            boolean required) {
        List<JsonNode> items = form.list(listField, false);
        if (!items.isEmpty()) {
            return items;
        }
        List<JsonNode> filled = new ArrayList<>();
        for (int row = 1; row <= rows; row++) {
            JsonNode item = form.object(rowPrefix + row);
            if (item != null && hasAnyValue(item)) {
                form.alias(listField + "[" + filled.size() + "]", rowPrefix + row);
                filled.add(item);
            }
        }
        if (filled.isEmpty() && required) {
            form.error(listField, "atLeastOne");
        }
        return filled;
    }

    private static boolean hasAnyValue(JsonNode item) {
        var fields = item.fields();
        while (fields.hasNext()) {
            JsonNode value = fields.next().getValue();
            if (!value.isNull() && !(value.isTextual() && value.asText().isBlank())
                    && !(value.isArray() && value.isEmpty())) {
                return true;
            }
        }
        return false;
    }

    private static Set<Area> areas(FormValues form, String field, List<String> names) {
        Set<Area> areas = EnumSet.noneOf(Area.class);
        for (String name : names) {
            Area area = form.choiceOf(field, name, Area.class);
            if (area != null) {
                areas.add(area);
            }
        }
        return areas;
    }

    private static String text(JsonNode item, String field) {
        JsonNode value = item.get(field);
        return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText().trim();
    }

}
