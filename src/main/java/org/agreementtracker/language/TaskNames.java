package org.agreementtracker.language;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.GetDeploymentBpmnModelInstanceCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Names of user tasks in a given language. A task carries the name in the language of the
 * party it is for (see {@link LocalizedFormsPlugin}); managers, the API and English mails
 * read the model's English name instead.
 */
@Component
public class TaskNames {

    private final CommandExecutor commands;

    private final MessageSource messages;

    private final Map<String, String> englishNames = new ConcurrentHashMap<>();

    TaskNames(ProcessEngine engine, MessageSource messages) {
        this.commands = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
            .getCommandExecutorTxRequired();
        this.messages = messages;
    }

    /** The task's name as the model gives it. */
    public String english(Task task) {
        if (task.getProcessDefinitionId() == null || task.getTaskDefinitionKey() == null) {
            return task.getName();
        }
        // A deployed definition never changes, so its names are read once: the
        // overdue list names every overdue task.
        String name = this.englishNames.computeIfAbsent(
                task.getProcessDefinitionId() + "#" + task.getTaskDefinitionKey(),
                ignored -> modelName(task.getProcessDefinitionId(), task.getTaskDefinitionKey()));
        return name.isEmpty() ? task.getName() : name;
    }

    private String modelName(String processDefinitionId, String taskKey) {
        BpmnModelInstance model = this.commands.execute(context -> {
            // Whoever may see a task may read its name, also without the right to
            // read its process definition (coordinators have none for most
            // processes).
            boolean checking = context.isAuthorizationCheckEnabled();
            context.disableAuthorizationCheck();
            try {
                return new GetDeploymentBpmnModelInstanceCmd(processDefinitionId).execute(context);
            }
            finally {
                if (checking) {
                    context.enableAuthorizationCheck();
                }
            }
        });
        FlowElement element = model.getModelElementById(taskKey);
        return element == null || element.getName() == null ? "" : element.getName();
    }

    /**
     * A task's name as the model gives it, by its definition and key; the fallback where
     * the model has none.
     */
    public String english(String processDefinitionId, String taskKey, String fallback) {
        if (processDefinitionId == null || taskKey == null) {
            return fallback;
        }
        String name = this.englishNames.computeIfAbsent(processDefinitionId + "#" + taskKey,
                ignored -> modelName(processDefinitionId, taskKey));
        return name.isEmpty() ? fallback : name;
    }

    /** The task's name in that language; English where the language has none. */
    public String in(Task task, Locale language) {
        String english = english(task);
        return this.messages.getMessage("task." + task.getTaskDefinitionKey(), null, english, language);
    }

}
