package org.agreementtracker.agreement;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The table in {@code processes/agreement/escalation-routing.dmn}, on its own. */
class EscalationRoutingDecisionTest {

    private static DmnEngine engine;

    private static DmnDecision decision;

    @BeforeAll
    static void parse() throws IOException {
        engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream table = new FileInputStream("processes/agreement/escalation-routing.dmn")) {
            decision = engine.parseDecision("escalation-routing", table);
        }
    }

    @ParameterizedTest(name = "{0} at {1} level, {2} days overdue: remind {3}, manager {4}, agenda {5}")
    @CsvSource({ "ACTION_ITEM, SENIOR, 0, true, false, false", "ACTION_ITEM, SENIOR, 6, true, false, false",
            "ACTION_ITEM, SENIOR, 7, true, true, false", "ACTION_ITEM, SENIOR, 29, true, true, false",
            "ACTION_ITEM, SENIOR, 30, true, true, true", "ACTION_ITEM, WORKING, 7, true, false, false",
            "ACTION_ITEM, WORKING, 13, true, false, false", "ACTION_ITEM, WORKING, 14, true, true, false",
            "ACTION_ITEM, WORKING, 45, true, true, true", "DELIVERABLE, none, 3, true, false, false",
            "DELIVERABLE, none, 14, true, true, false", "DELIVERABLE, none, 30, true, true, true",
            "MEMORANDUM, none, 1, false, true, false", "MEMORANDUM, none, 60, false, true, true" })
    void routesEachOverdueItemToWhoeverMustHearOfIt(String kind, String level, int days, boolean remind,
            boolean manager, boolean agenda) {
        DmnDecisionRuleResult result = engine
            .evaluateDecisionTable(decision, Map.of("itemKind", kind, "level", level, "daysOverdue", days))
            .getSingleResult();

        assertThat(result.<Boolean>getEntry("remindCoordinator")).isEqualTo(remind);
        assertThat(result.<Boolean>getEntry("managerTask")).isEqualTo(manager);
        assertThat(result.<Boolean>getEntry("agendaItem")).isEqualTo(agenda);
    }

}
