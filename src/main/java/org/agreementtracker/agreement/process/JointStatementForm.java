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

    static NewAgreement read(String businessKey, FormValues form) {
        String title = form.text(TITLE, true, 300);
        InstrumentType type = form.choice(INSTRUMENT_TYPE, InstrumentType.class, true);
        var dateSigned = form.date(DATE_SIGNED, true);
        String leadParty = form.text(LEAD_PARTY, true, 2);
        List<AgreementParty> parties = new ArrayList<>();
        List<JsonNode> partyItems = form.list(PARTIES, true);
        for (int i = 0; i < partyItems.size(); i++) {
            JsonNode item = partyItems.get(i);
            String country = text(item, "country");
            String roleText = text(item, "role");
            PartyRole role = roleText == null ? null
                    : form.choiceOf(PARTIES + "[" + i + "].role", roleText, PartyRole.class);
            parties.add(new AgreementParty(text(item, "name"),
                    country == null || NO_COUNTRY.equals(country) ? null : country, role));
        }
        Set<Area> areas = areas(form, AREAS, form.texts(AREAS, false));
        List<NewAgreement.StatedCommitment> commitments = new ArrayList<>();
        List<JsonNode> commitmentItems = form.list(COMMITMENTS, false);
        for (int i = 0; i < commitmentItems.size(); i++) {
            JsonNode item = commitmentItems.get(i);
            List<String> areaNames = new ArrayList<>();
            item.path("areas").forEach(area -> areaNames.add(area.asText()));
            commitments.add(new NewAgreement.StatedCommitment(text(item, "text"),
                    areas(form, COMMITMENTS + "[" + i + "].areas", areaNames)));
        }
        return new NewAgreement(businessKey == null || businessKey.isBlank() ? null : businessKey.trim(), title, type,
                dateSigned, leadParty, parties, areas, commitments, form.text(FINAL_TEXT_DUE_STATED, false, 200),
                form.date(FINAL_TEXT_DUE, false), form.date(HARD_DEADLINE, false),
                form.integer(MAX_REVIEW_ROUNDS, false, 1, 20));
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
