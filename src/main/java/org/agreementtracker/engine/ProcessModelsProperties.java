package org.agreementtracker.engine;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the BPMN, DMN and form files come from.
 *
 * @param location a Spring resource location ending in {@code /}; the default is the
 * {@code processes/} folder that Maven puts on the classpath, a {@code file:} location
 * deploys a folder edited outside the jar
 * @param deploymentName the name of the deployment that holds them all
 */
@ConfigurationProperties("agreement-tracker.processes")
record ProcessModelsProperties(@DefaultValue("classpath*:processes/") String location,
        @DefaultValue("agreement-tracker") String deploymentName) {

    ProcessModelsProperties {
        if (!location.endsWith("/")) {
            location = location + "/";
        }
    }

}
