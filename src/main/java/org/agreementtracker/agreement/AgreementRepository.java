package org.agreementtracker.agreement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Our agreement tables, through plain SQL on the engine's data source and transaction.
 */
@Repository
class AgreementRepository {

    /** Key of this transaction's agreements already read. */
    private static final Object READ_IN_TRANSACTION = new Object();

    private final JdbcClient jdbc;

    AgreementRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean exists(String id) {
        return this.jdbc.sql("select count(*) from tracker.agreement where id = ?")
            .param(id)
            .query(Long.class)
            .single() > 0;
    }

    /** The next free id of the form {@code AGR-<year>-<number>}. */
    String nextId(int year) {
        String prefix = "AGR-" + year + "-";
        Integer highest = this.jdbc
            .sql("select max(cast(substring(id from ?) as integer)) from tracker.agreement where id ~ ?")
            .params(prefix.length() + 1, "^" + prefix + "[0-9]+$")
            .query(Integer.class)
            .optional()
            .orElse(null);
        return prefix + String.format("%03d", highest == null ? 1 : highest + 1);
    }

    void insert(Agreement agreement, String createdBy) {
        this.jdbc.sql("""
                insert into tracker.agreement (id, title, instrument_type, date_signed, lead_party, status,
                    final_text_due_stated, final_text_due, hard_deadline, max_review_rounds, review_round, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(agreement.id(), agreement.title(), agreement.instrumentType().name(), agreement.dateSigned(),
                    agreement.leadParty(), agreement.status().name(), agreement.finalTextDue().stated(),
                    agreement.finalTextDue().date(), agreement.hardDeadline(), agreement.maxReviewRounds(),
                    agreement.reviewRound(), createdBy)
            .update();
        int position = 1;
        for (AgreementParty party : agreement.parties()) {
            this.jdbc.sql(
                    "insert into tracker.agreement_party (agreement_id, position, name, country, role) values (?, ?, ?, ?, ?)")
                .params(agreement.id(), position++, party.name(), party.country(), party.role().name())
                .update();
        }
        for (Area area : agreement.areas()) {
            this.jdbc.sql("insert into tracker.agreement_area (agreement_id, area) values (?, ?)")
                .params(agreement.id(), area.name())
                .update();
        }
        for (Commitment commitment : agreement.commitments()) {
            KeyHolder key = new GeneratedKeyHolder();
            this.jdbc.sql("insert into tracker.commitment (agreement_id, position, text) values (?, ?, ?)")
                .params(agreement.id(), commitment.position(), commitment.text())
                .update(key, "id");
            long commitmentId = key.getKey().longValue();
            for (Area area : commitment.areas()) {
                this.jdbc.sql("insert into tracker.commitment_area (commitment_id, area) values (?, ?)")
                    .params(commitmentId, area.name())
                    .update();
            }
        }
    }

    /**
     * An agreement, read once per transaction: completing a task reads it in the task's
     * listener and again for the next task's context, five queries each time. Every
     * change below forgets it, so a transaction reads its own writes.
     */
    Optional<Agreement> find(String id) {
        Map<String, Agreement> read = readInThisTransaction();
        Agreement known = read.get(id);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<Agreement> found = this.jdbc.sql("select * from tracker.agreement where id = ?")
            .param(id)
            .query((rs, row) -> mapAgreement(rs))
            .optional()
            .map(this::withDetails);
        found.ifPresent(agreement -> read.put(id, agreement));
        return found;
    }

    /**
     * Only the title: a form that shows no more of the agreement reads one column, not
     * the whole agreement in five queries (unless this transaction has it already).
     */
    Optional<String> findTitle(String id) {
        Agreement known = readInThisTransaction().get(id);
        if (known != null) {
            return Optional.of(known.title());
        }
        return this.jdbc.sql("select title from tracker.agreement where id = ?")
            .param(id)
            .query(String.class)
            .optional();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Agreement> readInThisTransaction() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return new HashMap<>();
        }
        Map<String, Agreement> read = (Map<String, Agreement>) TransactionSynchronizationManager
            .getResource(READ_IN_TRANSACTION);
        if (read == null) {
            Map<String, Agreement> fresh = new HashMap<>();
            TransactionSynchronizationManager.bindResource(READ_IN_TRANSACTION, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(READ_IN_TRANSACTION);
                }

            });
            read = fresh;
        }
        return read;
    }

    private static void forget(String id) {
        if (TransactionSynchronizationManager.hasResource(READ_IN_TRANSACTION)) {
            ((Map<?, ?>) TransactionSynchronizationManager.getResource(READ_IN_TRANSACTION)).remove(id);
        }
    }

    private Agreement withDetails(Agreement agreement) {
        List<AgreementParty> parties = this.jdbc
            .sql("select name, country, role from tracker.agreement_party where agreement_id = ? order by position")
            .param(agreement.id())
            .query((rs, row) -> new AgreementParty(rs.getString("name"), rs.getString("country"),
                    PartyRole.valueOf(rs.getString("role"))))
            .list();
        Set<Area> areas = EnumSet.noneOf(Area.class);
        this.jdbc.sql("select area from tracker.agreement_area where agreement_id = ?")
            .param(agreement.id())
            .query(String.class)
            .list()
            .forEach(area -> areas.add(Area.valueOf(area)));
        Map<Long, Commitment> commitments = new LinkedHashMap<>();
        this.jdbc.sql(
                "select id, position, text from tracker.commitment where agreement_id = ? and removed_at is null order by position")
            .param(agreement.id())
            .query((rs, row) -> new Commitment(rs.getLong("id"), rs.getInt("position"), rs.getString("text"),
                    EnumSet.noneOf(Area.class)))
            .list()
            .forEach(commitment -> commitments.put(commitment.id(), commitment));
        this.jdbc
            .sql("""
                    select ca.commitment_id, ca.area from tracker.commitment_area ca
                    join tracker.commitment c on c.id = ca.commitment_id where c.agreement_id = ? and c.removed_at is null""")
            .param(agreement.id())
            .query((rs, row) -> Map.entry(rs.getLong(1), Area.valueOf(rs.getString(2))))
            .list()
            .forEach(entry -> commitments.get(entry.getKey()).areas().add(entry.getValue()));
        return new Agreement(agreement.id(), agreement.title(), agreement.instrumentType(), agreement.dateSigned(),
                agreement.leadParty(), agreement.status(), agreement.finalTextDue(), agreement.hardDeadline(),
                agreement.maxReviewRounds(), agreement.reviewRound(), parties, areas,
                new ArrayList<>(commitments.values()));
    }

    private static Agreement mapAgreement(ResultSet rs) throws SQLException {
        return new Agreement(rs.getString("id"), rs.getString("title"),
                InstrumentType.valueOf(rs.getString("instrument_type")), rs.getObject("date_signed", LocalDate.class),
                rs.getString("lead_party"), AgreementStatus.valueOf(rs.getString("status")),
                new Deadline(rs.getString("final_text_due_stated"), rs.getObject("final_text_due", LocalDate.class)),
                rs.getObject("hard_deadline", LocalDate.class), rs.getInt("max_review_rounds"),
                rs.getInt("review_round"), List.of(), Set.of(), List.of());
    }

    /**
     * Every agreement with its details, oldest first, in five queries whatever their
     * number (the roll-ups read them all).
     */
    List<Agreement> findAll() {
        Map<String, Agreement> agreements = new LinkedHashMap<>();
        this.jdbc.sql("select * from tracker.agreement order by created_at, id")
            .query((rs, row) -> mapAgreement(rs))
            .list()
            .forEach(agreement -> agreements.put(agreement.id(), agreement));
        Map<String, List<AgreementParty>> parties = new HashMap<>();
        this.jdbc.sql(
                "select agreement_id, name, country, role from tracker.agreement_party order by agreement_id, position")
            .query((rs, row) -> Map.entry(rs.getString(1),
                    new AgreementParty(rs.getString("name"), rs.getString("country"),
                            PartyRole.valueOf(rs.getString("role")))))
            .list()
            .forEach(entry -> parties.computeIfAbsent(entry.getKey(), id -> new ArrayList<>()).add(entry.getValue()));
        Map<String, Set<Area>> areas = new HashMap<>();
        this.jdbc.sql("select agreement_id, area from tracker.agreement_area")
            .query((rs, row) -> Map.entry(rs.getString(1), Area.valueOf(rs.getString(2))))
            .list()
            .forEach(entry -> areas.computeIfAbsent(entry.getKey(), id -> EnumSet.noneOf(Area.class))
                .add(entry.getValue()));
        Map<Long, Commitment> commitmentsById = new HashMap<>();
        Map<String, List<Commitment>> commitments = new HashMap<>();
        this.jdbc.sql(
                "select agreement_id, id, position, text from tracker.commitment where removed_at is null order by agreement_id, position")
            .query((rs, row) -> Map.entry(rs.getString(1),
                    new Commitment(rs.getLong("id"), rs.getInt("position"), rs.getString("text"),
                            EnumSet.noneOf(Area.class))))
            .list()
            .forEach(entry -> {
                commitmentsById.put(entry.getValue().id(), entry.getValue());
                commitments.computeIfAbsent(entry.getKey(), id -> new ArrayList<>()).add(entry.getValue());
            });
        this.jdbc.sql("""
                select ca.commitment_id, ca.area from tracker.commitment_area ca
                join tracker.commitment c on c.id = ca.commitment_id where c.removed_at is null""")
            .query((rs, row) -> Map.entry(rs.getLong(1), Area.valueOf(rs.getString(2))))
            .list()
            .forEach(entry -> commitmentsById.get(entry.getKey()).areas().add(entry.getValue()));
        return agreements.values()
            .stream()
            .map(agreement -> new Agreement(agreement.id(), agreement.title(), agreement.instrumentType(),
                    agreement.dateSigned(), agreement.leadParty(), agreement.status(), agreement.finalTextDue(),
                    agreement.hardDeadline(), agreement.maxReviewRounds(), agreement.reviewRound(),
                    parties.getOrDefault(agreement.id(), List.of()),
                    areas.getOrDefault(agreement.id(), EnumSet.noneOf(Area.class)),
                    commitments.getOrDefault(agreement.id(), List.of())))
            .toList();
    }

    /**
     * Every agreement in outline, in three queries whatever their number, in no
     * particular order: sorting them was a third of the database's time for a roll-up of
     * 2,000 agreements, and a roll-up sorts its own lines.
     */
    List<AgreementOutline> findAllOutlines() {
        Map<String, String> titles = new HashMap<>();
        this.jdbc.sql("select id, title from tracker.agreement").query(rs -> {
            titles.put(rs.getString(1), rs.getString(2));
        });
        Map<String, List<String>> countries = new HashMap<>();
        this.jdbc.sql("select agreement_id, country from tracker.agreement_party where country is not null")
            .query(rs -> {
                countries.computeIfAbsent(rs.getString(1), id -> new ArrayList<>()).add(rs.getString(2));
            });
        Map<String, Map<Long, AgreementOutline.CommitmentOutline>> commitments = new HashMap<>();
        this.jdbc.sql("""
                select c.agreement_id, c.id, c.status, ca.area from tracker.commitment c
                left join tracker.commitment_area ca on ca.commitment_id = c.id where c.removed_at is null""")
            .query(rs -> {
                ImplementationStatus status = ImplementationStatus.valueOf(rs.getString(3));
                AgreementOutline.CommitmentOutline commitment = commitments
                    .computeIfAbsent(rs.getString(1), id -> new HashMap<>())
                    .computeIfAbsent(rs.getLong(2),
                            id -> new AgreementOutline.CommitmentOutline(id, status, EnumSet.noneOf(Area.class)));
                String area = rs.getString(4);
                if (area != null) {
                    commitment.areas().add(Area.valueOf(area));
                }
            });
        List<AgreementOutline> outlines = new ArrayList<>(titles.size());
        titles.forEach((id, title) -> outlines.add(new AgreementOutline(id, title,
                countries.getOrDefault(id, List.of()), List.copyOf(commitments.getOrDefault(id, Map.of()).values()))));
        return outlines;
    }

    Map<String, List<String>> partyCountries(Collection<String> ids) {
        Map<String, List<String>> countries = new HashMap<>();
        this.jdbc.sql("""
                select a.id, p.country from tracker.agreement a
                left join tracker.agreement_party p on p.agreement_id = a.id and p.country is not null
                where a.id = any(?) order by a.id, p.position""").param(ids.toArray(String[]::new)).query(rs -> {
            List<String> list = countries.computeIfAbsent(rs.getString(1), id -> new ArrayList<>());
            if (rs.getString(2) != null) {
                list.add(rs.getString(2));
            }
        });
        return countries;
    }

    List<String> ids() {
        return this.jdbc.sql("select id from tracker.agreement order by created_at, id").query(String.class).list();
    }

    /**
     * The status each agreement had at the end of a moment, from the append-only history.
     */
    Map<String, AgreementStatus> statusesAsOf(OffsetDateTime asOf) {
        Map<String, AgreementStatus> statuses = new LinkedHashMap<>();
        this.jdbc.sql("""
                select distinct on (agreement_id) agreement_id, status from tracker.status_change
                where changed_at <= ? order by agreement_id, changed_at desc, id desc""")
            .param(asOf)
            .query((rs, row) -> Map.entry(rs.getString(1), AgreementStatus.valueOf(rs.getString(2))))
            .list()
            .forEach(entry -> statuses.put(entry.getKey(), entry.getValue()));
        return statuses;
    }

    /**
     * A commitment after the last one, numbered after every one the agreement ever had.
     */
    Commitment insertCommitment(String agreementId, String text, Set<Area> areas) {
        forget(agreementId);
        int position = this.jdbc
            .sql("select coalesce(max(position), 0) + 1 from tracker.commitment where agreement_id = ?")
            .param(agreementId)
            .query(Integer.class)
            .single();
        KeyHolder key = new GeneratedKeyHolder();
        this.jdbc.sql("insert into tracker.commitment (agreement_id, position, text) values (?, ?, ?)")
            .params(agreementId, position, text)
            .update(key, "id");
        long id = key.getKey().longValue();
        for (Area area : areas) {
            this.jdbc.sql("insert into tracker.commitment_area (commitment_id, area) values (?, ?)")
                .params(id, area.name())
                .update();
        }
        return new Commitment(id, position, text, areas);
    }

    void removeCommitment(String agreementId, long commitmentId, String reason, String removedBy, OffsetDateTime at) {
        forget(agreementId);
        this.jdbc.sql("update tracker.commitment set removed_at = ?, removed_by = ?, removed_because = ? where id = ?")
            .params(at, removedBy, reason, commitmentId)
            .update();
    }

    void replaceAreas(String agreementId, Set<Area> areas) {
        forget(agreementId);
        this.jdbc.sql("delete from tracker.agreement_area where agreement_id = ?").param(agreementId).update();
        for (Area area : areas) {
            this.jdbc.sql("insert into tracker.agreement_area (agreement_id, area) values (?, ?)")
                .params(agreementId, area.name())
                .update();
        }
    }

    void replaceCommitmentAreas(String agreementId, long commitmentId, Set<Area> areas) {
        forget(agreementId);
        this.jdbc.sql("delete from tracker.commitment_area where commitment_id = ?").param(commitmentId).update();
        for (Area area : areas) {
            this.jdbc.sql("insert into tracker.commitment_area (commitment_id, area) values (?, ?)")
                .params(commitmentId, area.name())
                .update();
        }
    }

    void updateTitle(String agreementId, String title) {
        forget(agreementId);
        this.jdbc.sql("update tracker.agreement set title = ? where id = ?").params(title, agreementId).update();
    }

    void setAssumptions(String id, String assumptions) {
        this.jdbc.sql("update tracker.agreement set assumptions = ? where id = ?").params(assumptions, id).update();
    }

    Optional<String> assumptions(String id) {
        return this.jdbc.sql("select assumptions from tracker.agreement where id = ?")
            .param(id)
            .query((rs, row) -> Optional.ofNullable(rs.getString(1)))
            .single();
    }

    void updateStatus(String id, AgreementStatus status) {
        forget(id);
        this.jdbc.sql("update tracker.agreement set status = ? where id = ?").params(status.name(), id).update();
    }

    void setProcessInstance(String id, String processInstanceId) {
        this.jdbc.sql("update tracker.agreement set process_instance_id = ? where id = ?")
            .params(processInstanceId, id)
            .update();
    }

    Map<String, String> processInstances() {
        Map<String, String> instances = new HashMap<>();
        this.jdbc.sql("select id, process_instance_id from tracker.agreement where process_instance_id is not null")
            .query((rs, row) -> Map.entry(rs.getString(1), rs.getString(2)))
            .list()
            .forEach(entry -> instances.put(entry.getKey(), entry.getValue()));
        return instances;
    }

    int startNextRound(String id) {
        forget(id);
        return this.jdbc
            .sql("update tracker.agreement set review_round = review_round + 1 where id = ? returning review_round")
            .param(id)
            .query(Integer.class)
            .single();
    }

    /**
     * Counts a reminder of the overdue final text and returns what its note says, in one
     * statement: a reminder fires for every overdue agreement on the same day.
     */
    OverdueReminder countOverdueReminder(String id) {
        return this.jdbc
            .sql("update tracker.agreement set overdue_reminders = overdue_reminders + 1 where id = ? "
                    + "returning overdue_reminders, status, final_text_due")
            .param(id)
            .query((rs, row) -> new OverdueReminder(rs.getInt("overdue_reminders"),
                    AgreementStatus.valueOf(rs.getString("status")), rs.getObject("final_text_due", LocalDate.class)))
            .single();
    }

    record OverdueReminder(int number, AgreementStatus status, LocalDate finalTextDue) {
    }

    void addReviewRounds(String id, int extra) {
        forget(id);
        this.jdbc.sql("update tracker.agreement set max_review_rounds = max_review_rounds + ? where id = ?")
            .params(extra, id)
            .update();
    }

    void updateDeadlines(String id, Deadline finalTextDue, LocalDate hardDeadline) {
        forget(id);
        this.jdbc.sql("""
                update tracker.agreement set final_text_due_stated = ?, final_text_due = ?, hard_deadline = ?
                where id = ?""").params(finalTextDue.stated(), finalTextDue.date(), hardDeadline, id).update();
    }

    void insertDraft(String id, int round, String documentRef, String summary, String draftedBy) {
        this.jdbc.sql("""
                insert into tracker.memorandum_draft (agreement_id, round, document_ref, summary, drafted_by)
                values (?, ?, ?, ?, ?)""").params(id, round, documentRef, summary, draftedBy).update();
    }

    /**
     * Stores a party's review; a party reviews a round once, a second answer replaces the
     * first.
     */
    void upsertReview(String id, int round, String party, ReviewDecision decision, String comments, String reviewedBy) {
        this.jdbc.sql("""
                insert into tracker.memorandum_review (agreement_id, round, party, decision, comments, reviewed_by)
                values (?, ?, ?, ?, ?, ?)
                on conflict (agreement_id, round, party) do update
                set decision = excluded.decision, comments = excluded.comments,
                    reviewed_by = excluded.reviewed_by, reviewed_at = now()""")
            .params(id, round, party, decision.name(), comments, reviewedBy)
            .update();
    }

    Map<String, ReviewDecision> reviewDecisions(String id, int round) {
        Map<String, ReviewDecision> decisions = new LinkedHashMap<>();
        this.jdbc.sql("select party, decision from tracker.memorandum_review where agreement_id = ? and round = ?")
            .params(id, round)
            .query((rs, row) -> Map.entry(rs.getString(1), ReviewDecision.valueOf(rs.getString(2))))
            .list()
            .forEach(entry -> decisions.put(entry.getKey(), entry.getValue()));
        return decisions;
    }

    List<MemorandumDraft> drafts(String id) {
        return this.jdbc.sql("""
                select round, document_ref, summary, drafted_by, drafted_at from tracker.memorandum_draft
                where agreement_id = ? order by round""")
            .param(id)
            .query((rs, row) -> new MemorandumDraft(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                    rs.getObject(5, OffsetDateTime.class)))
            .list();
    }

    List<MemorandumReview> reviews(String id) {
        return this.jdbc.sql("""
                select round, party, decision, comments, reviewed_by, reviewed_at from tracker.memorandum_review
                where agreement_id = ? order by round, reviewed_at""")
            .param(id)
            .query((rs, row) -> new MemorandumReview(rs.getInt(1), rs.getString(2),
                    ReviewDecision.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5),
                    rs.getObject(6, OffsetDateTime.class)))
            .list();
    }

    void insertSignature(String id, MemorandumSignature signature, String recordedBy) {
        this.jdbc.sql("""
                insert into tracker.memorandum_signature
                    (agreement_id, signed_on, place, signatories, document_ref, recorded_by)
                values (?, ?, ?, ?, ?, ?)""")
            .params(id, signature.signedOn(), signature.place(), signature.signatories(), signature.documentRef(),
                    recordedBy)
            .update();
    }

    Optional<MemorandumSignature> signature(String id) {
        return this.jdbc.sql(
                "select signed_on, place, signatories, document_ref from tracker.memorandum_signature where agreement_id = ?")
            .param(id)
            .query((rs, row) -> new MemorandumSignature(rs.getObject(1, LocalDate.class), rs.getString(2),
                    rs.getString(3), rs.getString(4)))
            .optional();
    }

    void appendStatusChange(String id, AgreementStatus status, String note, HistoryNote written, String changedBy,
            OffsetDateTime changedAt) {
        this.jdbc
            .sql("""
                    insert into tracker.status_change (agreement_id, status, note, note_key, note_args, changed_by, changed_at)
                    values (?, ?, ?, ?, ?, ?, ?)""")
            .params(id, status.name(), note, written == null ? null : written.key(),
                    written == null ? null : written.stored(), changedBy, changedAt)
            .update();
    }

    private static StatusChange mapStatusChange(java.sql.ResultSet rs) throws java.sql.SQLException {
        String key = rs.getString("note_key");
        return new StatusChange(AgreementStatus.valueOf(rs.getString("status")), rs.getString("note"),
                rs.getString("changed_by"), rs.getObject("changed_at", OffsetDateTime.class),
                key == null ? null : new HistoryNote(key, HistoryNote.parse(rs.getString("note_args"))));
    }

    Map<String, List<StatusChange>> statusHistories() {
        Map<String, List<StatusChange>> histories = new HashMap<>();
        this.jdbc.sql("select * from tracker.status_change order by agreement_id, changed_at, id")
            .query((rs, row) -> Map.entry(rs.getString("agreement_id"), mapStatusChange(rs)))
            .list()
            .forEach(
                    entry -> histories.computeIfAbsent(entry.getKey(), key -> new ArrayList<>()).add(entry.getValue()));
        return histories;
    }

    List<StatusChange> statusHistory(String id) {
        return this.jdbc.sql("select * from tracker.status_change where agreement_id = ? order by changed_at, id")
            .param(id)
            .query((rs, row) -> mapStatusChange(rs))
            .list();
    }

}
