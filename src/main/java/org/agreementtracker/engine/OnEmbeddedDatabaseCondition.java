package org.agreementtracker.engine;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Matches when no external database is configured, that is when
 * {@code spring.datasource.url} (environment: {@code SPRING_DATASOURCE_URL}) is empty.
 */
class OnEmbeddedDatabaseCondition extends SpringBootCondition {

    static final String DATASOURCE_URL = "spring.datasource.url";

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String url = context.getEnvironment().getProperty(DATASOURCE_URL);
        if (StringUtils.hasText(url)) {
            return ConditionOutcome.noMatch("an external database is configured: " + DATASOURCE_URL);
        }
        return ConditionOutcome.match("no " + DATASOURCE_URL + " is set");
    }

    static boolean embedded(org.springframework.core.env.Environment environment) {
        return !StringUtils.hasText(environment.getProperty(DATASOURCE_URL));
    }

}
