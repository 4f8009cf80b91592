package org.agreementtracker.engine;

import java.util.List;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
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

    private List<String> jobIndexes() {
        return new JdbcTemplate(this.dataSource).queryForList(
                "select lower(indexname) from pg_indexes where lower(tablename) = 'act_ru_job' order by 1",
                String.class);
    }

}
