package org.agreementtracker.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Which SQL statements a benchmark phase sent, from PostgreSQL's
 * {@code pg_stat_statements} (the embedded server preloads it for the benchmark): their
 * number per step says what a step costs independently of the machine, and the list says
 * where to cut.
 */
final class StatementProfile {

    private final JdbcTemplate jdbc;

    StatementProfile(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        jdbc.execute("create extension if not exists pg_stat_statements");
    }

    void reset() {
        this.jdbc.queryForList("select pg_stat_statements_reset()");
    }

    /**
     * Statements of this database since the last reset, leaving out the profile's own.
     */
    long statements() {
        Long calls = this.jdbc.queryForObject("select coalesce(sum(calls), 0) from pg_stat_statements "
                + "where dbid = (select oid from pg_database where datname = current_database()) "
                + "and query not like '%pg_stat_statements%'", Long.class);
        return calls == null ? 0 : calls;
    }

    /**
     * Writes the statements since the last reset, most frequent first, with calls per
     * step and time, to {@code target/bench/statements-<phase>.txt}.
     */
    void write(String phase, long steps) {
        List<Map<String, Object>> rows = this.jdbc
            .queryForList("select calls, round(total_exec_time::numeric, 1) as millis, "
                    + "regexp_replace(query, '\\s+', ' ', 'g') as query from pg_stat_statements "
                    + "where dbid = (select oid from pg_database where datname = current_database()) "
                    + "and query not like '%pg_stat_statements%' order by calls desc, total_exec_time desc");
        StringBuilder text = new StringBuilder(String.format("%s: %d statements in %d steps (%.1f per step)%n%n", phase,
                statements(), steps, statements() / (double) steps));
        text.append(String.format("%8s %8s %10s  %s%n", "calls", "per step", "ms", "statement"));
        for (Map<String, Object> row : rows) {
            long calls = ((Number) row.get("calls")).longValue();
            String query = (String) row.get("query");
            text.append(String.format("%8d %8.2f %10s  %s%n", calls, calls / (double) steps, row.get("millis"),
                    query.length() > 220 ? query.substring(0, 220) + "..." : query));
        }
        try {
            Path file = BenchmarkResults.FILE.resolveSibling("statements-" + phase + ".txt");
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

}
