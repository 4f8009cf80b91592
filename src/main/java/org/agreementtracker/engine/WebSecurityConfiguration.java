package org.agreementtracker.engine;

import java.util.Map;

import org.agreementtracker.language.FormErrorMessages;
import org.agreementtracker.language.Languages;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Nothing answers without credentials: Camunda's REST API and our own endpoints each get
 * an authentication filter. The webapps keep their own login, session and CSRF
 * protection.
 */
@Configuration(proxyBeanMethods = false)
class WebSecurityConfiguration {

    @Bean
    FilterRegistrationBean<EngineRestAuthenticationFilter> engineRestAuthenticationFilter() {
        FilterRegistrationBean<EngineRestAuthenticationFilter> registration = new FilterRegistrationBean<>(
                new EngineRestAuthenticationFilter());
        registration.setName("engineRestAuthentication");
        registration.addUrlPatterns("/engine-rest/*");
        registration.setInitParameters(Map.of(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                HttpBasicAuthenticationProvider.class.getName(), ProcessEngineAuthenticationFilter.SERVLET_PATH_PREFIX,
                "/engine-rest"));
        // Before Jersey's servlet, and before anything else reads the request.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Bean
    FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(
            @org.springframework.beans.factory.annotation.Value("${agreement-tracker.evidence.max-size:10MB}") org.springframework.util.unit.DataSize evidenceMaxSize) {
        // Agreement files are at most 1 MB; deployments through the REST API may be
        // larger; an evidence file's multipart body carries a little more than the file.
        FilterRegistrationBean<RequestSizeLimitFilter> registration = new FilterRegistrationBean<>(
                new RequestSizeLimitFilter(4 * 1024 * 1024, evidenceMaxSize.toBytes() + 64 * 1024));
        registration.setName("requestSizeLimit");
        registration.addUrlPatterns("/api/*", "/engine-rest/*", "/camunda/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    FilterRegistrationBean<FormRefusalFilter> formRefusalFilter(FormErrorMessages messages, Languages languages) {
        FilterRegistrationBean<FormRefusalFilter> registration = new FilterRegistrationBean<>(
                new FormRefusalFilter(messages, languages));
        registration.setName("formRefusal");
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        // Inside the size limit, outside authentication: it only rewrites answers.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
        return registration;
    }

    @Bean
    FilterRegistrationBean<PartyOptionsFilter> partyOptionsFilter(org.agreementtracker.shared.Parties parties,
            org.agreementtracker.language.Texts texts) {
        FilterRegistrationBean<PartyOptionsFilter> registration = new FilterRegistrationBean<>(
                new PartyOptionsFilter(parties, texts));
        registration.setName("partyOptions");
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        // Like the refusal filter: it only rewrites answers, the authentication is
        // inside.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 6);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ApiAuthenticationFilter> apiAuthenticationFilter(ProcessEngine processEngine) {
        FilterRegistrationBean<ApiAuthenticationFilter> registration = new FilterRegistrationBean<>(
                new ApiAuthenticationFilter(processEngine.getIdentityService(), processEngine.getName()));
        registration.setName("apiAuthentication");
        registration.addUrlPatterns("/api/*", "/actuator/*", "/actuator");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

}
