package org.agreementtracker.smoke;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

@SpringBootTest
class SmokeTestProcessTest {

    @Autowired
    ProcessEngine engine;

    @BeforeEach
    void initAssertions() {
        init(this.engine);
    }

    @AfterEach
    void logOut() {
        this.engine.getIdentityService().clearAuthentication();
    }

    @Test
    void aManagerStartsSmokeTestAndCompletesItsFormTaskWhileCoordinatorsAreNotOfferedIt() {
        this.engine.getIdentityService().setAuthentication("coordinator-us", List.of("coordinators-us"));
        org.assertj.core.api.Assertions
            .assertThatThrownBy(() -> this.engine.getRuntimeService().startProcessInstanceByKey("smoke-test"))
            .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
        this.engine.getIdentityService().setAuthentication("manager", List.of("managers"));

        ProcessInstance instance = this.engine.getRuntimeService()
            .startProcessInstanceByKey("smoke-test", "SMOKE-PROCESS-1");
        this.engine.getIdentityService().clearAuthentication();

        assertThat(instance).isWaitingAt("UserTask_ConfirmSmokeTest");
        assertThat(task(instance)).hasCandidateGroup("managers");
        org.assertj.core.api.Assertions
            .assertThat(this.engine.getFormService().getTaskFormData(task(instance).getId()).getCamundaFormRef())
            .extracting("key", "binding")
            .containsExactly("confirm-smoke-test", "deployment");
        org.assertj.core.api.Assertions.assertThat(task(instance).getDueDate()).isInTheFuture();
        List<IdentityLink> links = this.engine.getTaskService().getIdentityLinksForTask(task(instance).getId());
        org.assertj.core.api.Assertions.assertThat(links).extracting(IdentityLink::getGroupId).contains("managers");

        complete(task(instance), Map.of("smokeTestNote", "Form shown and submitted"));

        assertThat(instance).hasPassedInOrder("UserTask_ConfirmSmokeTest", "EndEvent_SmokeTestConfirmed").isEnded();
    }

}
