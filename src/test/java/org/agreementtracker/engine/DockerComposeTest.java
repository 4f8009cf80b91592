package org.agreementtracker.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Docker does not run on our machines, so the production-like setup is checked by reading
 * it: the variables docker-compose sets must be the ones the application reads.
 */
class DockerComposeTest {

    /** What a production run cannot do without. */
    private static final Set<String> REQUIRED = Set.of("SPRING_DATASOURCE_URL", "SPRING_DATASOURCE_USERNAME",
            "SPRING_DATASOURCE_PASSWORD", "AGREEMENT_TRACKER_ADMIN_PASSWORD");

    private static Map<String, Object> services;

    private static Set<String> variablesTheApplicationReads;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void readFiles() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(Path.of("docker-compose.yml")));
        services = (Map<String, Object>) compose.get("services");
        Matcher placeholders = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]")
            .matcher(Files.readString(Path.of("src/main/resources/application.yaml")));
        variablesTheApplicationReads = placeholders.results().map(match -> match.group(1)).collect(Collectors.toSet());
    }

    @Test
    void setsEveryVariableAProductionRunNeeds() {
        assertThat(appEnvironment().keySet()).containsAll(REQUIRED);
        assertThat(variablesTheApplicationReads).containsAll(REQUIRED);
    }

    @Test
    void setsOnlyVariablesTheApplicationReads() {
        assertThat(variablesTheApplicationReads).containsAll(appEnvironment().keySet());
    }

    @Test
    void takesSecretsFromTheEnvironmentNotFromTheFile() {
        assertThat(appEnvironment().get("SPRING_DATASOURCE_PASSWORD")).asString().startsWith("${");
        assertThat(appEnvironment().get("AGREEMENT_TRACKER_ADMIN_PASSWORD")).asString().startsWith("${");
    }

    @Test
    @SuppressWarnings("unchecked")
    void runsOfficialPostgresWithVolumeAndHealthcheck() {
        Map<String, Object> postgres = (Map<String, Object>) services.get("postgres");

        assertThat((String) postgres.get("image")).startsWith("postgres:");
        assertThat((List<String>) postgres.get("volumes"))
            .anyMatch(volume -> volume.endsWith(":/var/lib/postgresql/data"));
        assertThat(postgres).containsKey("healthcheck");
    }

    @Test
    @SuppressWarnings("unchecked")
    void buildsTheAppFromTheRepositoryDockerfileAndWaitsForTheDatabase() throws IOException {
        Map<String, Object> app = (Map<String, Object>) services.get("app");

        assertThat(app).containsKey("build");
        assertThat((Map<String, Object>) app.get("depends_on")).containsKey("postgres");
        String dockerfile = Files.readString(Path.of("Dockerfile"));
        assertThat(dockerfile).containsPattern("(?m)^FROM .+ AS build$").containsPattern("(?m)^USER (?!root)\\w+");
        assertThat(appEnvironment().get("SPRING_DATASOURCE_URL")).asString().startsWith("jdbc:postgresql://postgres:");
    }

    @Test
    @SuppressWarnings("unchecked")
    void offersASecondNodeOnTheSameDatabaseAsAnOptionalProfile() {
        Map<String, Object> second = (Map<String, Object>) services.get("app-2");

        assertThat((List<String>) second.get("profiles")).containsExactly("scale-out");
        assertThat(second.get("environment")).isEqualTo(appEnvironment());
        assertThat((Map<String, Object>) second.get("depends_on")).containsKey("app");
        assertThat((List<String>) second.get("ports"))
            .doesNotContainAnyElementsOf((List<String>) ((Map<String, Object>) services.get("app")).get("ports"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> appEnvironment() {
        return (Map<String, Object>) ((Map<String, Object>) services.get("app")).get("environment");
    }

}
