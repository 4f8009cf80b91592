package org.agreementtracker.intake;

import java.time.Instant;
import java.util.List;

import org.agreementtracker.agreement.AgreementStatus;
import org.agreementtracker.support.ProcessTestSupport;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class DemoDataTest extends ProcessTestSupport {

    private static final List<String> DEMO = List.of("AGR-2018-GUATEMALA-CITY", "AGR-2019-REGIONAL-COMPACT",
            "AGR-2019-DHS-MINGOB-MOC", "AGR-2019-ADVISERS-NORTHERN-BORDER", "AGR-2021-INTERPOL-CONFERENCE");

    @Autowired
    StartupImports startupImports;

    @Test
    void theSourcesLoadAsFiveAgreementsWithOpenTasksAnOverdueDeadlineAndWaitingTimersOnce() {
        this.startupImports.loadDemoData();
        long statusChanges = this.agreements.statusHistory(DEMO.get(0)).size();
        this.startupImports.loadDemoData();

        assertThat(DEMO).allSatisfy(id -> assertThat(this.agreements.find(id)).isPresent());
        assertThat(this.agreements.statusHistory(DEMO.get(0))).as("a second start loads nothing")
            .hasSize((int) statusChanges);
        assertThat(this.agreements.get("AGR-2019-REGIONAL-COMPACT").status()).isEqualTo(AgreementStatus.DRAFTING);
        assertThat(this.agreements.get("AGR-2019-DHS-MINGOB-MOC").status()).isEqualTo(AgreementStatus.IMPLEMENTING);
        assertThat(single("AGR-2019-REGIONAL-COMPACT", "UserTask_DraftMemorandumText")).isNotNull();
        assertThat(this.agreements.get("AGR-2019-REGIONAL-COMPACT").finalTextDue().date())
            .as("the compact's 'next month' has passed")
            .isBefore(today());
        Job escalation = timer("AGR-2019-REGIONAL-COMPACT", "StartEvent_FinalTextOverdue");
        assertThat(escalation.getDuedate().toInstant()).as("escalated a minute after start")
            .isBefore(Instant.now().plusSeconds(120));
        fire(escalation);
        assertThat(single("AGR-2019-REGIONAL-COMPACT", "UserTask_EscalateOverdueMemorandum")).isNotNull();
        assertThat(timers("AGR-2019-DHS-MINGOB-MOC", "TimerEvent_ReportingPeriodEnded")).hasSize(1);
        assertThat(tasks("AGR-2018-GUATEMALA-CITY", "UserTask_PlanDeliverables")).hasSize(5);
    }

}
