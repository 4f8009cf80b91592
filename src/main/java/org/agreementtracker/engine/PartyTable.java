package org.agreementtracker.engine;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.agreementtracker.shared.Parties;
import org.camunda.bpm.engine.impl.util.ClockUtil;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The parties registered at run time and the configured ones, in {@code tracker.party}.
 */
@Repository
class PartyTable {

    private final JdbcClient jdbc;

    PartyTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Parties.Party> all() {
        return this.jdbc.sql("select code, name, language, name_es, kind from tracker.party order by created_at, code")
            .query((rs, row) -> new Parties.Party(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                    rs.getString(5)))
            .list();
    }

    boolean exists(String code) {
        return this.jdbc.sql("select count(*) from tracker.party where code = ?")
            .param(code)
            .query(Long.class)
            .single() > 0;
    }

    void insert(Parties.Party party, String createdBy) {
        this.jdbc.sql("""
                insert into tracker.party (code, name, name_es, language, kind, created_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
            .params(party.code(), party.name(), party.nameEs(), party.language(),
                    party.kind() == null ? "COUNTRY" : party.kind(), createdBy,
                    OffsetDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneOffset.UTC))
            .update();
    }

    void update(Parties.Party party) {
        this.jdbc.sql("update tracker.party set name = ?, name_es = ?, language = ?, kind = ? where code = ?")
            .params(party.name(), party.nameEs(), party.language(), party.kind(), party.code())
            .update();
    }

    void insertIfAbsent(Parties.Party party, String createdBy) {
        if (!exists(party.code())) {
            insert(party, createdBy);
        }
    }

}
