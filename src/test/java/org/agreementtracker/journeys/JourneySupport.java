package org.agreementtracker.journeys;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;

import org.agreementtracker.intake.AgreementImporter;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser journey against the whole application: agreements are set up through the
 * import (as an operator would), timers are fired through the engine (the job executor is
 * off in tests), and the person's part happens in Chromium.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class JourneySupport {

    private static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine engine;

    @Autowired
    AgreementImporter importer;

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    Browser browser() {
        if (browser == null) {
            browser = new Browser(this.port);
        }
        return browser;
    }

    void importAgreement(String yaml) {
        this.importer.importFile(yaml.getBytes(StandardCharsets.UTF_8));
    }

    Task task(String agreementId, String key) {
        List<Task> tasks = this.engine.getTaskService()
            .createTaskQuery()
            .processInstanceBusinessKey(agreementId)
            .taskDefinitionKey(key)
            .list();
        assertThat(tasks).as("open %s of %s", key, agreementId).hasSize(1);
        return tasks.get(0);
    }

    /**
     * Fires the one timer of the agreement at an element, moving the engine's clock to
     * it.
     */
    void fire(String agreementId, String activityId) {
        List<String> instances = this.engine.getRuntimeService()
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(agreementId)
            .list()
            .stream()
            .map(instance -> instance.getId())
            .toList();
        Job timer = this.engine.getManagementService()
            .createJobQuery()
            .timers()
            .activityId(activityId)
            .list()
            .stream()
            .filter(job -> instances.contains(job.getProcessInstanceId()))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no timer at " + activityId + " of " + agreementId));
        if (timer.getDuedate().after(ClockUtil.getCurrentTime())) {
            ClockUtil.setCurrentTime(new Date(timer.getDuedate().getTime() + 1000));
        }
        this.engine.getManagementService().executeJob(timer.getId());
    }

}
