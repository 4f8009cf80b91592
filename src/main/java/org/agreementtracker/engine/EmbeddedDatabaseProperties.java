package org.agreementtracker.engine;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL that starts when no {@code spring.datasource.url}
 * is set.
 *
 * @param dataDirectory where the database files live; empty for a throw-away database in
 * the temp directory (tests)
 * @param durable whether commits reach the disk before they are acknowledged
 * ({@code fsync}, {@code synchronous_commit}); off only where losing data on a crash does
 * not matter
 * @param serverSettings further PostgreSQL settings, for example
 * {@code shared_preload_libraries: pg_stat_statements} for the benchmark's statement
 * profile
 */
@ConfigurationProperties("agreement-tracker.embedded-database")
record EmbeddedDatabaseProperties(Path dataDirectory, @DefaultValue("true") boolean durable,
        Map<String, String> serverSettings) {

    boolean throwAway() {
        return this.dataDirectory == null || this.dataDirectory.toString().isBlank();
    }

}
