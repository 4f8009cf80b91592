package org.agreementtracker.engine;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;

import org.agreementtracker.support.ProcessTestSupport;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** History stays bounded: ended instances go once their time-to-live has passed. */
class HistoryCleanupTest extends ProcessTestSupport {

    @Test
    void historyCleanupIsScheduledForTheNightWindow() {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) this.engine
            .getProcessEngineConfiguration();
        assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("22:00");
        assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");
        LocalDateTime noon = LocalDate.now().atTime(12, 0);
        ClockUtil.setCurrentTime(Date.from(noon.atZone(ZoneId.systemDefault()).toInstant()));

        Job cleanup = this.engine.getHistoryService().cleanUpHistoryAsync();

        assertThat(cleanup.getDuedate())
            .isEqualTo(Date.from(noon.withHour(22).atZone(ZoneId.systemDefault()).toInstant()));
    }

    @Test
    void cleanupRemovesEndedInstancesPastTheirTimeToLiveAndKeepsTheOthers() {
        RepositoryService repository = this.engine.getRepositoryService();
        ProcessDefinition smokeTest = repository.createProcessDefinitionQuery()
            .processDefinitionKey("smoke-test")
            .latestVersion()
            .singleResult();
        Integer configured = smokeTest.getHistoryTimeToLive();
        String kept = runToEnd();
        repository.updateProcessDefinitionHistoryTimeToLive(smokeTest.getId(), 1);
        String expired;
        try {
            expired = runToEnd();
        }
        finally {
            repository.updateProcessDefinitionHistoryTimeToLive(smokeTest.getId(), configured);
        }
        moveClockTo(LocalDate.now().plusDays(3));

        Job cleanup = this.engine.getHistoryService().cleanUpHistoryAsync(true);
        this.engine.getManagementService().executeJob(cleanup.getId());

        assertThat(
                this.engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(expired).count())
            .as("a day to live, three days ago")
            .isZero();
        assertThat(this.engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(expired).count())
            .isZero();
        assertThat(this.engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(kept).count())
            .as("thirty days to live")
            .isOne();
    }

    private String runToEnd() {
        String instance = this.engine.getRuntimeService().startProcessInstanceByKey("smoke-test").getId();
        this.engine.getTaskService()
            .complete(
                    this.engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult().getId());
        return instance;
    }

}
