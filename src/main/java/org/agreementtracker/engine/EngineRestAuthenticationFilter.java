package org.agreementtracker.engine;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;

/**
 * Camunda's HTTP Basic filter for {@code /engine-rest}, without its one exception: the
 * list of engine names answers to authenticated callers only, like every other route.
 */
class EngineRestAuthenticationFilter extends ProcessEngineAuthenticationFilter {

    @Override
    protected boolean requiresEngineAuthentication(String requestUrl) {
        return true;
    }

}
