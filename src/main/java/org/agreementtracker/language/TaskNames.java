package org.agreementtracker.language;

import java.util.Locale;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.task.Task;
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

    private final RepositoryService repository;

    private final MessageSource messages;

    TaskNames(RepositoryService repository, MessageSource messages) {
        this.repository = repository;
        this.messages = messages;
    }

    /** The task's name as the model gives it (the engine caches the model). */
    public String english(Task task) {
        if (task.getProcessDefinitionId() == null || task.getTaskDefinitionKey() == null) {
            return task.getName();
        }
        FlowElement element = this.repository.getBpmnModelInstance(task.getProcessDefinitionId())
            .getModelElementById(task.getTaskDefinitionKey());
        return element == null || element.getName() == null ? task.getName() : element.getName();
    }

    /** The task's name in that language; English where the language has none. */
    public String in(Task task, Locale language) {
        String english = english(task);
        return this.messages.getMessage("task." + task.getTaskDefinitionKey(), null, english, language);
    }

}
