package org.agreementtracker.engine;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@ExtendWith(OutputCaptureExtension.class)
class JobAcquisitionIndexesTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    ProcessEngine engine;

    @Test
    void theJobTableHasTheIndexesTheJobExecutorsAcquisitionNeeds() {
        assertThat(jobIndexes()).contains("at_idx_job_duedate", "at_idx_job_locked_procinst");
    }

    @Test
    void theLockedJobsIndexHoldsOnlyLockedJobs() {
        String definition = new JdbcTemplate(this.dataSource).queryForObject(
                "select indexdef from pg_indexes where indexname = 'at_idx_job_locked_procinst'", String.class);

        assertThat(definition).containsIgnoringCase("(process_instance_id_)")
            .containsIgnoringCase("where (lock_owner_ is not null)");
    }

    @Test
    void aRestartFindsThemInPlaceAndAddsNoSecondCopy() {
        List<String> before = jobIndexes();

        new JobAcquisitionIndexes().postProcessEngineBuild(this.engine);

        assertThat(jobIndexes()).isEqualTo(before);
    }

    @Test
    void aDatabaseThatRefusesThemLetsTheApplicationStartAndSaysWhatToRun(CapturedOutput output) throws Exception {
        // A connection that sees only our schema: the engine's job table is not there.
        // The pool does not reset a connection's search path: it is put back by hand,
        // or the next test on this connection would not find the engine's tables.
        try (Connection connection = this.dataSource.getConnection()) {
            connection.setSchema("tracker");
            try {
                new JobAcquisitionIndexes().createIn(new SingleConnectionDataSource(connection, true));
            }
            finally {
                try (Statement reset = connection.createStatement()) {
                    reset.execute("reset search_path");
                }
            }
            assertThat(new JdbcTemplate(new SingleConnectionDataSource(connection, true))
                .queryForObject("select count(*) from act_ru_job where retries_ < 0", Long.class)).isZero();
        }

        assertThat(output).contains("Could not create the job executor's indexes")
            .contains(JobAcquisitionIndexes.STATEMENTS.get(0))
            .contains(JobAcquisitionIndexes.STATEMENTS.get(1));
        assertThat(jobIndexes()).contains("at_idx_job_duedate", "at_idx_job_locked_procinst");
    }

    private List<String> jobIndexes() {
        return new JdbcTemplate(this.dataSource).queryForList(
                "select lower(indexname) from pg_indexes where lower(tablename) = 'act_ru_job' order by 1",
                String.class);
    }

}
