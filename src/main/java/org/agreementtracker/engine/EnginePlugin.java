package org.agreementtracker.engine;

import java.util.ArrayList;
import java.util.List;

import javax.xml.datatype.DatatypeFactory;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

import org.springframework.stereotype.Component;

/**
 * Engine settings that have no starter property: our administrators group, form
 * validation errors that reach REST clients as 400 answers, and the XML date factory for
 * timers.
 */
@Component
class EnginePlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        // The engine asks for a new DatatypeFactory for every timer duration or
        // cycle it computes (DurationHelper). Without this property each request
        // searches every jar on the class path for a provider (JDK-6466177) and
        // falls back to the JDK's own, since none of ours has one; naming it skips
        // the search. An operator's choice wins.
        if (System.getProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY) == null) {
            System.setProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY,
                    DatatypeFactory.DATATYPEFACTORY_IMPLEMENTATION_CLASS);
        }

        List<String> adminGroups = new ArrayList<>(
                configuration.getAdminGroups() == null ? List.of() : configuration.getAdminGroups());
        adminGroups.add(IdentitySetup.ADMINS);
        configuration.setAdminGroups(adminGroups);

        List<CommandInterceptor> interceptors = new ArrayList<>(
                configuration.getCustomPreCommandInterceptorsTxRequired() == null ? List.of()
                        : configuration.getCustomPreCommandInterceptorsTxRequired());
        interceptors
            .add(new InvalidFormDataInterceptor(() -> configuration.getIdentityService().getCurrentAuthentication()));
        configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        configuration
            .setDelegateInterceptor(new RefusedFormDelegateInterceptor(configuration.getDelegateInterceptor()));
    }

}
