package org.agreementtracker.language;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.repository.ProcessDefinition;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Names of our processes in a given language: the model's English name, or its
 * translation ({@code process.<key>} in {@code messages_<language>.properties}).
 */
@Component
public class ProcessNames {

    private final RepositoryService repositoryService;

    private final IdentityService identityService;

    private final MessageSource messages;

    ProcessNames(ProcessEngine engine, MessageSource messages) {
        this.repositoryService = engine.getRepositoryService();
        this.identityService = engine.getIdentityService();
        this.messages = messages;
    }

    /** Every deployed process's name in that language, by process key. */
    public Map<String, String> in(Locale language) {
        Map<String, String> names = new TreeMap<>();
        for (ProcessDefinition definition : latestDefinitions()) {
            String english = definition.getName() == null ? definition.getKey() : definition.getName();
            names.put(definition.getKey(),
                    this.messages.getMessage("process." + definition.getKey(), null, english, language));
        }
        return names;
    }

    /**
     * Tasklist names the process of every task a coordinator sees, also of processes she
     * may not read; a name is no secret, so all of them are read.
     */
    private List<ProcessDefinition> latestDefinitions() {
        Authentication caller = this.identityService.getCurrentAuthentication();
        this.identityService.clearAuthentication();
        try {
            return this.repositoryService.createProcessDefinitionQuery().latestVersion().list();
        }
        finally {
            if (caller != null) {
                this.identityService.setAuthentication(caller);
            }
        }
    }

}
