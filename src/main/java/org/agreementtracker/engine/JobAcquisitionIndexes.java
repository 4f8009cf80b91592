package org.agreementtracker.engine;

import java.util.List;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Two indexes of ours on the engine's job table, which Camunda's schema lacks, so that
 * the job executor finds due timers without reading every waiting one (ADR 0006). Every
 * agreement keeps several timers waiting for weeks (reminders, deadlines, meetings,
 * indicators); without these, each acquisition of three due jobs read the whole table: 4
 * ms at 2,000 agreements with nothing due, 9 ms per acquisition while a day's reminders
 * fell due together (docs/benchmarks.md).
 * <p>
 * Created after the engine has created or updated its schema, on every start: they cost
 * nothing when present. A database whose owner keeps the engine's schema to itself
 * refuses them; the application then runs without them and says so once.
 */
@Component
class JobAcquisitionIndexes extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(JobAcquisitionIndexes.class);

    /** Named AT_, not ACT_, so that no index of a later Camunda version can clash. */
    static final List<String> STATEMENTS = List.of(
            // due jobs: "DUEDATE_ is null or DUEDATE_ <= now" reads two index ranges
            "create index if not exists AT_IDX_JOB_DUEDATE on ACT_RU_JOB (DUEDATE_)",
            // the check that no other job of the instance is locked: few jobs are
            "create index if not exists AT_IDX_JOB_LOCKED_PROCINST on ACT_RU_JOB (PROCESS_INSTANCE_ID_)"
                    + " where LOCK_OWNER_ is not null");

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        createIn(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDataSource());
    }

    void createIn(DataSource dataSource) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        try {
            STATEMENTS.forEach(jdbc::execute);
        }
        catch (DataAccessException ex) {
            log.warn(
                    "Could not create the job executor's indexes ({}); timers still fire, but each job "
                            + "acquisition reads every waiting timer. Have the database owner run: {}",
                    ex.getMostSpecificCause().getMessage(), String.join("; ", STATEMENTS));
        }
    }

}
