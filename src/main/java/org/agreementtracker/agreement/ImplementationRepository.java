package org.agreementtracker.agreement;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Implementation data of agreements: commitment status, assessments, escalations, agenda
 * items.
 */
@Repository
class ImplementationRepository {

    private final JdbcClient jdbc;

    ImplementationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void startImplementation(String id, LocalDate endDate, String seniorCadence, String workingCadence) {
        this.jdbc.sql("""
                update tracker.agreement set end_date = ?, senior_meeting_cadence = ?, working_meeting_cadence = ?
                where id = ?""").params(endDate, seniorCadence, workingCadence, id).update();
    }

    Map<String, LocalDate> endDates() {
        Map<String, LocalDate> dates = new HashMap<>();
        this.jdbc.sql("select id, end_date from tracker.agreement where end_date is not null")
            .query((rs, row) -> Map.entry(rs.getString(1), rs.getObject(2, LocalDate.class)))
            .list()
            .forEach(entry -> dates.put(entry.getKey(), entry.getValue()));
        return dates;
    }

    ImplementationService.Cadences cadences(String id) {
        return this.jdbc
            .sql("select senior_meeting_cadence, working_meeting_cadence from tracker.agreement where id = ?")
            .param(id)
            .query((rs, row) -> new ImplementationService.Cadences(rs.getString(1), rs.getString(2)))
            .optional()
            .orElse(new ImplementationService.Cadences(null, null));
    }

    Optional<LocalDate> endDate(String id) {
        return this.jdbc.sql("select end_date from tracker.agreement where id = ?")
            .param(id)
            .query((rs, row) -> Optional.ofNullable(rs.getObject(1, LocalDate.class)))
            .optional()
            .flatMap(date -> date);
    }

    Optional<Commitment> commitment(long commitmentId) {
        return this.jdbc.sql("select id, agreement_id, position, text, status from tracker.commitment where id = ?")
            .param(commitmentId)
            .query((rs, row) -> new Commitment(rs.getLong("id"), rs.getInt("position"), rs.getString("text"),
                    java.util.EnumSet.noneOf(Area.class)))
            .optional();
    }

    Optional<String> agreementOfCommitment(long commitmentId) {
        return this.jdbc.sql("select agreement_id from tracker.commitment where id = ?")
            .param(commitmentId)
            .query(String.class)
            .optional();
    }

    ImplementationStatus commitmentStatus(long commitmentId) {
        return ImplementationStatus.valueOf(this.jdbc.sql("select status from tracker.commitment where id = ?")
            .param(commitmentId)
            .query(String.class)
            .single());
    }

    void setCommitmentStatus(long commitmentId, ImplementationStatus status) {
        this.jdbc.sql("update tracker.commitment set status = ? where id = ?")
            .params(status.name(), commitmentId)
            .update();
    }

    long insertAssessment(String agreementId, long commitmentId, ImplementationStatus status, String evidenceRef,
            String evidenceSource, Reliability reliability, String note, String assessedBy, OffsetDateTime at) {
        KeyHolder key = new GeneratedKeyHolder();
        this.jdbc.sql("""
                insert into tracker.assessment (agreement_id, commitment_id, status, evidence_ref, evidence_source,
                    reliability, note, assessed_by, assessed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(agreementId, commitmentId, status.name(), evidenceRef, evidenceSource, reliability.name(), note,
                    assessedBy, at)
            .update(key, "id");
        return key.getKey().longValue();
    }

    Optional<Assessment> assessment(long id) {
        return this.jdbc.sql("select * from tracker.assessment where id = ?")
            .param(id)
            .query((rs, row) -> mapAssessment(rs))
            .optional();
    }

    private static Assessment mapAssessment(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Assessment(rs.getLong("id"), rs.getLong("commitment_id"),
                ImplementationStatus.valueOf(rs.getString("status")), rs.getString("evidence_ref"),
                rs.getString("evidence_source"), Reliability.valueOf(rs.getString("reliability")), rs.getString("note"),
                rs.getString("assessed_by"), rs.getObject("assessed_at", OffsetDateTime.class),
                rs.getString("review_decision") == null ? null : "APPROVED".equals(rs.getString("review_decision")),
                rs.getString("reviewed_by"));
    }

    void reviewAssessment(long id, boolean approved, String note, String reviewedBy, OffsetDateTime at) {
        this.jdbc.sql("""
                update tracker.assessment set review_decision = ?, review_note = ?, reviewed_by = ?, reviewed_at = ?
                where id = ?""").params(approved ? "APPROVED" : "REJECTED", note, reviewedBy, at, id).update();
    }

    List<Assessment> assessments(long commitmentId) {
        return this.jdbc.sql("select id from tracker.assessment where commitment_id = ? order by assessed_at, id")
            .param(commitmentId)
            .query(Long.class)
            .list()
            .stream()
            .map(id -> assessment(id).orElseThrow())
            .toList();
    }

    /**
     * Per commitment of every agreement, the status of its last approved assessment at a
     * moment.
     */
    Map<Long, ImplementationStatus> statusesAsOf(OffsetDateTime asOf) {
        Map<Long, ImplementationStatus> statuses = new java.util.HashMap<>();
        this.jdbc.sql("""
                select distinct on (commitment_id) commitment_id, status from tracker.assessment
                where review_decision = 'APPROVED' and reviewed_at <= ?
                order by commitment_id, reviewed_at desc, id desc""")
            .param(asOf)
            .query((rs, row) -> Map.entry(rs.getLong(1), ImplementationStatus.valueOf(rs.getString(2))))
            .list()
            .forEach(entry -> statuses.put(entry.getKey(), entry.getValue()));
        return statuses;
    }

    /** The latest approved assessment of each commitment of an agreement. */
    Map<Long, Assessment> latestApproved(String agreementId) {
        Map<Long, Assessment> latest = new java.util.HashMap<>();
        this.jdbc.sql("""
                select distinct on (commitment_id) id from tracker.assessment
                where agreement_id = ? and review_decision = 'APPROVED'
                order by commitment_id, reviewed_at desc, id desc""")
            .param(agreementId)
            .query(Long.class)
            .list()
            .forEach(id -> assessment(id).ifPresent(assessment -> latest.put(assessment.commitmentId(), assessment)));
        return latest;
    }

    /** The latest approved assessment of every commitment, in one query. */
    Map<Long, Assessment> latestApproved() {
        Map<Long, Assessment> latest = new HashMap<>();
        this.jdbc.sql("""
                select distinct on (commitment_id) * from tracker.assessment where review_decision = 'APPROVED'
                order by commitment_id, reviewed_at desc, id desc""")
            .query((rs, row) -> mapAssessment(rs))
            .list()
            .forEach(assessment -> latest.put(assessment.commitmentId(), assessment));
        return latest;
    }

    Map<Long, ImplementationStatus> currentStatuses() {
        Map<Long, ImplementationStatus> statuses = new java.util.HashMap<>();
        this.jdbc.sql("select id, status from tracker.commitment where removed_at is null")
            .query((rs, row) -> Map.entry(rs.getLong(1), ImplementationStatus.valueOf(rs.getString(2))))
            .list()
            .forEach(entry -> statuses.put(entry.getKey(), entry.getValue()));
        return statuses;
    }

    Map<Long, ImplementationStatus> currentStatuses(String agreementId) {
        Map<Long, ImplementationStatus> statuses = new java.util.HashMap<>();
        this.jdbc.sql("select id, status from tracker.commitment where agreement_id = ? and removed_at is null")
            .param(agreementId)
            .query((rs, row) -> Map.entry(rs.getLong(1), ImplementationStatus.valueOf(rs.getString(2))))
            .list()
            .forEach(entry -> statuses.put(entry.getKey(), entry.getValue()));
        return statuses;
    }

    long insertEscalation(String agreementId, String kind, Long itemId, int daysOverdue, String actions,
            OffsetDateTime at) {
        KeyHolder key = new GeneratedKeyHolder();
        this.jdbc.sql("""
                insert into tracker.escalation (agreement_id, item_kind, item_id, days_overdue, actions, raised_at)
                values (?, ?, ?, ?, ?, ?)""")
            .params(agreementId, kind, itemId, daysOverdue, actions, at)
            .update(key, "id");
        return key.getKey().longValue();
    }

    long countEscalations(String agreementId, String kind, Long itemId) {
        return this.jdbc.sql(
                "select count(*) from tracker.escalation where agreement_id = ? and item_kind = ? and item_id is not distinct from ?")
            .params(agreementId, kind, itemId)
            .query(Long.class)
            .single();
    }

    void insertAgendaItem(String agreementId, String text, String sourceKind, Long sourceId, int daysOverdue,
            OffsetDateTime at) {
        this.jdbc.sql("""
                insert into tracker.agenda_item (agreement_id, text, source_kind, source_id, days_overdue, raised_at)
                values (?, ?, ?, ?, ?, ?)""").params(agreementId, text, sourceKind, sourceId, daysOverdue, at).update();
    }

    /**
     * The items on a meeting's agenda, and those waiting for the next meeting to take
     * them.
     */
    List<AgendaItem> agenda(String agreementId, Long meetingId) {
        return this.jdbc.sql("""
                select text, source_kind, days_overdue, raised_at from tracker.agenda_item
                where agreement_id = ? and (meeting_id is null or meeting_id = ?) order by raised_at, id""")
            .params(agreementId, meetingId)
            .query((rs, row) -> new AgendaItem(rs.getString(1), rs.getString(2), (Integer) rs.getObject(3),
                    rs.getObject(4, OffsetDateTime.class)))
            .list();
    }

    List<String> openAgendaItems(String agreementId) {
        return this.jdbc.sql(
                "select text from tracker.agenda_item where agreement_id = ? and meeting_id is null order by raised_at, id")
            .param(agreementId)
            .query(String.class)
            .list();
    }

    int assignAgendaItems(String agreementId, long meetingId) {
        return this.jdbc
            .sql("update tracker.agenda_item set meeting_id = ? where agreement_id = ? and meeting_id is null")
            .params(meetingId, agreementId)
            .update();
    }

}
