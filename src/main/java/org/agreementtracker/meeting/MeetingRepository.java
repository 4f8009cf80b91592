package org.agreementtracker.meeting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class MeetingRepository {

    /** One agreement's rows, or every agreement's when the parameter is null. */
    private static final String ONE_OR_ALL = "(cast(:agreement as varchar) is null or agreement_id = :agreement)";

    private final JdbcClient jdbc;

    MeetingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Instant> lastPlanned(String agreementId, MeetingLevel level) {
        return this.jdbc
            .sql("select max(planned_for) from tracker.meeting where agreement_id = ? and level = ? and not ad_hoc")
            .params(agreementId, level.name())
            .query((rs, row) -> Optional.ofNullable(rs.getObject(1, OffsetDateTime.class))
                .map(OffsetDateTime::toInstant))
            .single();
    }

    long insert(String agreementId, MeetingLevel level, boolean adHoc, Instant plannedFor, String processInstanceId) {
        int sequence = this.jdbc
            .sql("select coalesce(max(sequence), 0) + 1 from tracker.meeting where agreement_id = ? and level = ?")
            .params(agreementId, level.name())
            .query(Integer.class)
            .single();
        KeyHolder key = new GeneratedKeyHolder();
        this.jdbc
            .sql("""
                    insert into tracker.meeting (agreement_id, level, sequence, ad_hoc, planned_for, status, process_instance_id)
                    values (?, ?, ?, ?, ?, 'PLANNED', ?)""")
            .params(agreementId, level.name(), sequence, adHoc, OffsetDateTime.ofInstant(plannedFor, ZoneOffset.UTC),
                    processInstanceId)
            .update(key, "id");
        return key.getKey().longValue();
    }

    Optional<Meeting> find(long id) {
        return this.jdbc.sql("select * from tracker.meeting where id = ?")
            .param(id)
            .query((rs, row) -> map(rs))
            .optional();
    }

    List<Meeting> ofAgreement(String agreementId) {
        return this.jdbc.sql(
                "select * from tracker.meeting where agreement_id = ? order by coalesce(scheduled_for, planned_for), id")
            .param(agreementId)
            .query((rs, row) -> map(rs))
            .list();
    }

    /**
     * Each agreement's next meeting after that instant (scheduled, else planned), in one
     * query.
     */
    Map<String, Instant> nextMeetings(Instant after) {
        Map<String, Instant> next = new HashMap<>();
        this.jdbc.sql("""
                select agreement_id, min(coalesce(scheduled_for, planned_for)) as next from tracker.meeting
                where coalesce(scheduled_for, planned_for) > ? group by agreement_id""")
            .param(Timestamp.from(after))
            .query((rs, row) -> Map.entry(rs.getString("agreement_id"), rs.getTimestamp("next").toInstant()))
            .list()
            .forEach(entry -> next.put(entry.getKey(), entry.getValue()));
        return next;
    }

    void schedule(long id, Instant when, String venue, boolean virtual, String participants) {
        this.jdbc.sql("""
                update tracker.meeting set scheduled_for = ?, venue = ?, virtual_meeting = ?, participants = ?,
                    status = 'SCHEDULED' where id = ?""")
            .params(OffsetDateTime.ofInstant(when, ZoneOffset.UTC), venue, virtual, participants, id)
            .update();
    }

    void recordOutcomes(long id, String minutes, String decisions, String attendance) {
        this.jdbc.sql("""
                update tracker.meeting set minutes = ?, decisions = ?, attendance = ?, status = 'HELD' where id = ?""")
            .params(minutes, decisions, attendance, id)
            .update();
    }

    long insertActionItem(String agreementId, long meetingId, String description, String ownerParty, LocalDate due) {
        KeyHolder key = new GeneratedKeyHolder();
        this.jdbc.sql("""
                insert into tracker.action_item (agreement_id, meeting_id, description, owner_party, due_date, status)
                values (?, ?, ?, ?, ?, 'OPEN')""")
            .params(agreementId, meetingId, description, ownerParty, due)
            .update(key, "id");
        return key.getKey().longValue();
    }

    Optional<ActionItem> actionItem(long id) {
        return this.jdbc.sql("select * from tracker.action_item where id = ?")
            .param(id)
            .query((rs, row) -> mapActionItem(rs))
            .optional();
    }

    /**
     * @param agreementId one agreement, or null for all
     */
    List<Meeting> nextNotHeld(String agreementId) {
        return this.jdbc
            .sql("""
                    select distinct on (agreement_id, level) * from tracker.meeting where status <> 'HELD'
                    and %s
                    order by agreement_id, level, coalesce(scheduled_for, planned_for) nulls last, sequence"""
                .formatted(ONE_OR_ALL))
            .param("agreement", agreementId)
            .query((rs, row) -> map(rs))
            .list();
    }

    /**
     * @param agreementId one agreement, or null for all
     */
    List<ActionItem> openActionItems(String agreementId) {
        return this.jdbc
            .sql("select * from tracker.action_item where status = 'OPEN' and " + ONE_OR_ALL + " order by due_date, id")
            .param("agreement", agreementId)
            .query((rs, row) -> mapActionItem(rs))
            .list();
    }

    List<ActionItem> openActionItemsDueBefore(LocalDate day) {
        return this.jdbc.sql("select * from tracker.action_item where status = 'OPEN' and due_date < ?")
            .param(day)
            .query((rs, row) -> mapActionItem(rs))
            .list();
    }

    List<ActionItem> actionItems(String agreementId) {
        return this.jdbc.sql("select * from tracker.action_item where agreement_id = ? order by due_date, id")
            .param(agreementId)
            .query((rs, row) -> mapActionItem(rs))
            .list();
    }

    void completeActionItem(long id, String outcome, String completedBy, Instant at) {
        this.jdbc.sql("""
                update tracker.action_item set status = 'DONE', outcome = ?, completed_by = ?, completed_at = ?
                where id = ?""")
            .params(outcome, completedBy, OffsetDateTime.ofInstant(at, ZoneOffset.UTC), id)
            .update();
    }

    private static Meeting map(ResultSet rs) throws SQLException {
        return new Meeting(rs.getLong("id"), rs.getString("agreement_id"), MeetingLevel.valueOf(rs.getString("level")),
                rs.getInt("sequence"), rs.getBoolean("ad_hoc"), instant(rs.getTimestamp("planned_for")),
                instant(rs.getTimestamp("scheduled_for")), rs.getString("venue"),
                (Boolean) rs.getObject("virtual_meeting"), rs.getString("status"));
    }

    private static ActionItem mapActionItem(ResultSet rs) throws SQLException {
        long meetingId = rs.getLong("meeting_id");
        return new ActionItem(rs.getLong("id"), rs.getString("agreement_id"), rs.wasNull() ? null : meetingId,
                rs.getString("description"), rs.getString("owner_party"), rs.getObject("due_date", LocalDate.class),
                rs.getString("status"));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

}
