package org.agreementtracker.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real PostgreSQL from Maven Central binaries when no external database is
 * configured, so that the application and its tests need nothing but Java. See
 * {@code docs/adr/0002-embedded-postgresql-by-default.md}.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(OnEmbeddedDatabaseCondition.class)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "")
    EmbeddedDatabase embeddedDatabase(EmbeddedPostgres postgres) {
        return new EmbeddedDatabase(postgres);
    }

    @Bean(destroyMethod = "")
    EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setPGStartupWait(Duration.ofMinutes(1));
        if (properties.throwAway()) {
            builder.setCleanDataDirectory(true);
        }
        else {
            Path directory = properties.dataDirectory().toAbsolutePath();
            Files.createDirectories(directory);
            stopOrphanedServer(directory);
            builder.setDataDirectory(directory).setCleanDataDirectory(false);
        }
        String durability = properties.durable() ? "on" : "off";
        builder.setServerConfig("fsync", durability).setServerConfig("synchronous_commit", durability);
        if (properties.serverSettings() != null) {
            properties.serverSettings().forEach(builder::setServerConfig);
        }
        EmbeddedPostgres postgres = builder.start();
        log.info("Embedded PostgreSQL listening on port {} with data in {}", postgres.getPort(),
                properties.throwAway() ? "a temporary directory" : properties.dataDirectory().toAbsolutePath());
        return postgres;
    }

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedDatabase database) {
        EmbeddedPostgres postgres = database.postgres();
        return DataSourceBuilder.create()
            .type(HikariDataSource.class)
            .driverClassName("org.postgresql.Driver")
            .url(postgres.getJdbcUrl("postgres", "postgres"))
            .username("postgres")
            .password("")
            .build();
    }

    /**
     * A run that was killed ({@code kill -9}) leaves its PostgreSQL running on the data
     * directory, which then refuses a second server. Stop it the way {@code pg_ctl stop}
     * would.
     */
    private static void stopOrphanedServer(Path directory) throws IOException {
        Path pidFile = directory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<ProcessHandle> postmaster = Files.readAllLines(pidFile)
            .stream()
            .findFirst()
            .map(String::trim)
            .filter(line -> line.matches("\\d+"))
            .flatMap(pid -> ProcessHandle.of(Long.parseLong(pid)))
            .filter(process -> process.info().command().map(command -> command.contains("postgres")).orElse(false));
        if (postmaster.isEmpty()) {
            return;
        }
        log.warn("Stopping PostgreSQL (pid {}) left running on {} by an earlier run", postmaster.get().pid(),
                directory);
        postmaster.get().destroy();
        try {
            postmaster.get().onExit().get(60, TimeUnit.SECONDS);
        }
        catch (Exception ex) {
            throw new IllegalStateException("PostgreSQL left running on " + directory
                    + " did not stop; stop it by hand (pid " + postmaster.get().pid() + ")", ex);
        }
    }

}
