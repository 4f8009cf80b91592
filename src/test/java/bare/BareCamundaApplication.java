package bare;

import java.io.IOException;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A bare Camunda 7 Spring Boot starter application (webapps and REST, nothing of ours) on
 * the same embedded PostgreSQL, for the start-up comparison of the benchmark. It lives
 * outside {@code org.agreementtracker} so that the application's component scan never
 * sees it; its settings are in {@code bare.yaml}.
 */
@SpringBootApplication
public class BareCamundaApplication {

    public static void main(String[] args) throws IOException {
        // Ours commits durably (fsync and synchronous_commit on, as in production); the
        // library turns synchronous commits off unless told, which would spare the bare
        // application every wait for the disk that ours has.
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
            .setDataDirectory(Path.of(System.getenv("BARE_DATA_DIRECTORY")))
            .setCleanDataDirectory(false)
            .setServerConfig("synchronous_commit", "on")
            .start();
        System.setProperty("spring.datasource.url", postgres.getJdbcUrl("postgres", "postgres"));
        System.setProperty("spring.datasource.username", "postgres");
        SpringApplication.run(BareCamundaApplication.class, "--spring.config.name=bare");
    }

}
