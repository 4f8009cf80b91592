package org.agreementtracker.agreement.process;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * What the "Record joint statement" form submits for a realistic bilateral memorandum,
 * with lists as Json values the way Tasklist sends them.
 */
public final class JointStatements {

    private static final AtomicInteger NEXT = new AtomicInteger();

    private JointStatements() {
    }

    public static String uniqueId(String prefix) {
        return prefix + "-" + System.nanoTime() % 1_000_000 + "-" + NEXT.incrementAndGet();
    }

    public static LocalDate today() {
        return ClockUtil.getCurrentTime().toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    }

    /**
     * The same agreement the way Tasklist's form submits it: numbered party and
     * commitment rows (Json objects), empty rows included, the wanted id in a field.
     */
    public static VariableMap fromTasklistRows(String id) {
        VariableMap form = bilateral();
        form.remove("parties");
        form.remove("commitments");
        return form.putValue("agreementId", id)
            .putValueTyped("party1", json(
                    "{\"name\": \"U.S. Department of Homeland Security\", \"country\": \"us\", \"role\": \"SIGNATORY\"}"))
            .putValueTyped("party2", json(
                    "{\"name\": \"Guatemalan Ministry of Government\", \"country\": \"gt\", \"role\": \"SIGNATORY\"}"))
            .putValueTyped("party3", json("{\"name\": \"\", \"country\": null, \"role\": null}"))
            .putValueTyped("commitment1", json(
                    "{\"text\": \"Improved training for local law enforcement\", \"areas\": [\"HUMAN_TRAFFICKING_AND_SMUGGLING\"]}"))
            .putValueTyped("commitment2", json("{\"text\": \"\", \"areas\": []}"));
    }

    private static org.camunda.spin.plugin.variable.value.JsonValue json(String json) {
        return SpinValues.jsonValue(json).create();
    }

    /** DHS and the Guatemalan Ministry of Government sign; the US leads. */
    public static VariableMap bilateral() {
        return Variables.createVariables()
            .putValue("title", "Memorandum of Cooperation on law enforcement")
            .putValue("instrumentType", "BILATERAL_MOC")
            .putValue("dateSigned", today().minusDays(10).toString())
            .putValue("leadParty", "us")
            .putValueTyped("parties", SpinValues.jsonValue("""
                    [{"name": "U.S. Department of Homeland Security", "country": "us", "role": "SIGNATORY"},
                     {"name": "Guatemalan Ministry of Government", "country": "gt", "role": "SIGNATORY"},
                     {"name": "INTERPOL", "country": "none", "role": "OBSERVER"}]""").create())
            .putValueTyped("areas", SpinValues.jsonValue("[\"HUMAN_TRAFFICKING_AND_SMUGGLING\"]").create())
            .putValueTyped("commitments", SpinValues.jsonValue(
                    """
                            [{"text": "Improved training for local law enforcement", "areas": ["HUMAN_TRAFFICKING_AND_SMUGGLING"]},
                             {"text": "Combat the smuggling of illegal goods", "areas": ["ORGANIZED_CRIME_AND_GANGS", "BORDER_SECURITY"]}]""")
                .create())
            .putValue("finalTextDueStated", "in 3 weeks")
            .putValue("finalTextDue", today().plusDays(20).toString())
            .putValue("hardDeadline", today().plusDays(50).toString())
            .putValue("maxReviewRounds", 2);
    }

}
