package org.agreementtracker.engine;

import java.util.ArrayList;
import java.util.List;

import org.agreementtracker.language.Languages;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Engine settings that have no starter property: our administrators group, and form
 * validation errors that reach REST clients as 400 answers.
 */
@Component
class EnginePlugin extends AbstractProcessEnginePlugin {

    private final Languages languages;

    private final MessageSource messages;

    EnginePlugin(Languages languages, MessageSource messages) {
        this.languages = languages;
        this.messages = messages;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<String> adminGroups = new ArrayList<>(
                configuration.getAdminGroups() == null ? List.of() : configuration.getAdminGroups());
        adminGroups.add(IdentitySetup.ADMINS);
        configuration.setAdminGroups(adminGroups);

        List<CommandInterceptor> interceptors = new ArrayList<>(
                configuration.getCustomPreCommandInterceptorsTxRequired() == null ? List.of()
                        : configuration.getCustomPreCommandInterceptorsTxRequired());
        interceptors.add(new InvalidFormDataInterceptor(
                () -> configuration.getIdentityService().getCurrentAuthentication(), this.languages, this.messages));
        configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
    }

}
