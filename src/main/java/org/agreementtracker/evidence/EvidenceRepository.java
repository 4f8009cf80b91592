package org.agreementtracker.evidence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class EvidenceRepository {

    private static final String COLUMNS = "id, agreement_id, kind, supports_id, file_name, content_type, size_bytes, "
            + "sha256, uploaded_by, uploaded_at";

    private final JdbcClient jdbc;

    EvidenceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String agreementId, EvidenceKind kind, long supportsId, String fileName, String contentType,
            byte[] content, String sha256, String uploadedBy, OffsetDateTime uploadedAt) {
        KeyHolder key = new GeneratedKeyHolder();
        this.jdbc.sql("""
                insert into tracker.evidence_file (agreement_id, kind, supports_id, file_name, content_type, size_bytes,
                    sha256, content, uploaded_by, uploaded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(agreementId, kind.name(), supportsId, fileName, contentType, content.length, sha256, content,
                    uploadedBy, uploadedAt)
            .update(key, "id");
        return key.getKey().longValue();
    }

    List<EvidenceFile> ofAgreement(String agreementId) {
        return this.jdbc.sql("select " + COLUMNS + " from tracker.evidence_file where agreement_id = ? order by id")
            .param(agreementId)
            .query((rs, row) -> map(rs))
            .list();
    }

    Optional<EvidenceFile> find(String agreementId, long id) {
        return this.jdbc.sql("select " + COLUMNS + " from tracker.evidence_file where agreement_id = ? and id = ?")
            .params(agreementId, id)
            .query((rs, row) -> map(rs))
            .optional();
    }

    void storedAs(long id, String storedAs) {
        this.jdbc.sql("update tracker.evidence_file set content = null, stored_as = ? where id = ?")
            .params(storedAs, id)
            .update();
    }

    /** The bytes kept in the database, or where in the folder they are. */
    Stored content(long id) {
        return this.jdbc.sql("select content, stored_as from tracker.evidence_file where id = ?")
            .param(id)
            .query((rs, row) -> new Stored(rs.getBytes(1), rs.getString(2)))
            .single();
    }

    record Stored(byte[] content, String storedAs) {
    }

    private static EvidenceFile map(ResultSet rs) throws SQLException {
        return new EvidenceFile(rs.getLong("id"), rs.getString("agreement_id"),
                EvidenceKind.valueOf(rs.getString("kind")), rs.getLong("supports_id"), rs.getString("file_name"),
                rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sha256"),
                rs.getString("uploaded_by"), rs.getObject("uploaded_at", OffsetDateTime.class));
    }

}
