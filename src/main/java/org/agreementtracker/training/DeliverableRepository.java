package org.agreementtracker.training;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class DeliverableRepository {

    private final JdbcClient jdbc;

    DeliverableRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String agreementId, long commitmentId, DeliverableKind kind, String title, String ownerParty,
            LocalDate dueDate, BigDecimal target) {
        KeyHolder key = new GeneratedKeyHolder();
        this.jdbc
            .sql("""
                    insert into tracker.deliverable (agreement_id, commitment_id, kind, title, owner_party, due_date, target, status)
                    values (?, ?, ?, ?, ?, ?, ?, 'PLANNING')""")
            .params(agreementId, commitmentId, kind.name(), title, ownerParty, dueDate, target)
            .update(key, "id");
        return key.getKey().longValue();
    }

    Optional<Deliverable> find(long id) {
        return this.jdbc.sql("select * from tracker.deliverable where id = ?")
            .param(id)
            .query((rs, row) -> map(rs))
            .optional();
    }

    void moveDueDate(long id, LocalDate dueDate) {
        this.jdbc.sql("update tracker.deliverable set due_date = ? where id = ?").params(dueDate, id).update();
    }

    /**
     * @param agreementId one agreement, or null for all
     */
    List<Deliverable> notDelivered(String agreementId) {
        return this.jdbc
            .sql("select * from tracker.deliverable where status <> 'DELIVERED' and removed_at is null and "
                    + "(cast(:agreement as varchar) is null or agreement_id = :agreement) order by due_date, id")
            .param("agreement", agreementId)
            .query((rs, row) -> map(rs))
            .list();
    }

    List<Deliverable> notDeliveredBefore(LocalDate day) {
        return this.jdbc.sql(
                "select * from tracker.deliverable where status <> 'DELIVERED' and removed_at is null and due_date < ?")
            .param(day)
            .query((rs, row) -> map(rs))
            .list();
    }

    List<Deliverable> ofAgreement(String agreementId) {
        return this.jdbc.sql(
                "select * from tracker.deliverable where agreement_id = ? and removed_at is null order by due_date, id")
            .param(agreementId)
            .query((rs, row) -> map(rs))
            .list();
    }

    List<Long> idsOfCommitment(long commitmentId) {
        return this.jdbc
            .sql("select id from tracker.deliverable where commitment_id = ? and removed_at is null order by id")
            .param(commitmentId)
            .query(Long.class)
            .list();
    }

    void changeTarget(long id, BigDecimal target) {
        this.jdbc.sql("update tracker.deliverable set target = ? where id = ?").params(target, id).update();
    }

    void remove(long id, String reason, String removedBy, OffsetDateTime removedAt) {
        this.jdbc.sql("update tracker.deliverable set removed_at = ?, removed_by = ?, removed_because = ? where id = ?")
            .params(removedAt, removedBy, reason, id)
            .update();
    }

    void plan(long id, String planJson, LocalDate startsOn) {
        this.jdbc.sql(
                "update tracker.deliverable set plan = cast(? as jsonb), starts_on = ?, status = 'PLANNED' where id = ?")
            .params(planJson, startsOn, id)
            .update();
    }

    void deliver(long id, String deliveryJson, LocalDate deliveredOn) {
        this.jdbc.sql("""
                update tracker.deliverable set delivery = cast(? as jsonb), delivered_on = ?, status = 'DELIVERED'
                where id = ?""").params(deliveryJson, deliveredOn, id).update();
    }

    void postpone(long id, String deliveryJson, String reason, String postponedBy, OffsetDateTime postponedAt) {
        this.jdbc.sql("update tracker.deliverable set delivery = cast(? as jsonb), status = 'POSTPONED' where id = ?")
            .params(deliveryJson, id)
            .update();
        this.jdbc
            .sql("""
                    insert into tracker.deliverable_postponement (deliverable_id, due_date, reason, postponed_by, postponed_at)
                    select id, due_date, ?, ?, ? from tracker.deliverable where id = ?""")
            .params(reason, postponedBy, postponedAt, id)
            .update();
    }

    List<Postponement> postponements(long id) {
        return this.jdbc.sql("""
                select due_date, reason, postponed_by, postponed_at from tracker.deliverable_postponement
                where deliverable_id = ? order by postponed_at, id""")
            .param(id)
            .query((rs, row) -> new Postponement(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getString(3),
                    rs.getObject(4, OffsetDateTime.class)))
            .list();
    }

    String plan(long id) {
        return this.jdbc.sql("select plan::text from tracker.deliverable where id = ?")
            .param(id)
            .query(String.class)
            .single();
    }

    private static Deliverable map(ResultSet rs) throws SQLException {
        return new Deliverable(rs.getLong("id"), rs.getString("agreement_id"), rs.getLong("commitment_id"),
                DeliverableKind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getString("owner_party"),
                rs.getObject("due_date", LocalDate.class), rs.getBigDecimal("target"), rs.getString("status"),
                rs.getObject("starts_on", LocalDate.class), rs.getObject("delivered_on", LocalDate.class));
    }

}
