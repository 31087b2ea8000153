package org.thongsuot.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.thongsuot.audit.AuditEntry;

/** The SQL of the audit trail. */
@Repository
public class AuditRepository {

	private static final String COLUMNS = "id, recorded_at, subject_type, subject_id, action, actor, detail, seq, hash";

	private final JdbcClient jdbc;
	private final JdbcTemplate streaming;

	AuditRepository(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.streaming = new JdbcTemplate(dataSource);
		// a cursor, not the whole chain in memory (PostgreSQL honours it inside a transaction)
		this.streaming.setFetchSize(2_000);
	}

	void append(Instant at, String subjectType, String subjectId, String action, String actor, String detail) {
		jdbc.sql("""
				INSERT INTO audit_entry (recorded_at, subject_type, subject_id, action, actor, detail)
				VALUES (:at, :type, :id, :action, :actor, :detail)""")
			.param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.param("type", subjectType)
			.param("id", subjectId)
			.param("action", action)
			.param("actor", actor)
			.param("detail", detail)
			.update();
	}

	/** Whether this transaction now holds the sealer's lock (released at commit or rollback). */
	boolean trySealerLock() {
		return Boolean.TRUE.equals(jdbc.sql("SELECT pg_try_advisory_xact_lock(hashtext('thongsuot.audit.sealer'))")
			.query(Boolean.class)
			.single());
	}

	record Head(long seq, byte[] hash) {
	}

	Head head() {
		return jdbc.sql("SELECT seq, hash FROM audit_entry WHERE seq IS NOT NULL ORDER BY seq DESC LIMIT 1")
			.query((rs, n) -> new Head(rs.getLong("seq"), rs.getBytes("hash")))
			.optional()
			.orElse(new Head(0, ChainHash.GENESIS));
	}

	List<AuditRow> unsealed(int limit) {
		return jdbc.sql("""
				SELECT id, recorded_at, subject_type, subject_id, action, actor, detail
				FROM audit_entry WHERE seq IS NULL ORDER BY id LIMIT :limit""")
			.param("limit", limit)
			.query((rs, n) -> row(rs))
			.list();
	}

	record Seal(long id, long seq, byte[] hash) {
	}

	void seal(List<Seal> seals, Instant at) {
		OffsetDateTime sealedAt = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
		streaming.batchUpdate("UPDATE audit_entry SET seq = ?, hash = ?, sealed_at = ? WHERE id = ?", seals, 500,
				(ps, seal) -> {
					ps.setLong(1, seal.seq());
					ps.setBytes(2, seal.hash());
					ps.setObject(3, sealedAt);
					ps.setLong(4, seal.id());
				});
	}

	record Counts(long entries, long sealed) {
	}

	Counts counts() {
		return jdbc.sql("SELECT count(*) AS entries, count(seq) AS sealed FROM audit_entry")
			.query((rs, n) -> new Counts(rs.getLong("entries"), rs.getLong("sealed")))
			.single();
	}

	/** Streams the sealed entries in chain order (call inside a transaction). */
	void eachSealed(Consumer<SealedRow> consumer) {
		streaming.query("""
				SELECT id, recorded_at, subject_type, subject_id, action, actor, detail, seq, hash
				FROM audit_entry WHERE seq IS NOT NULL ORDER BY seq""",
				rs -> {
					consumer.accept(new SealedRow(row(rs), rs.getLong("seq"), rs.getBytes("hash")));
				});
	}

	record SealedRow(AuditRow row, long seq, byte[] hash) {
	}

	public List<AuditEntry> about(String subjectType, String subjectId, int limit) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM audit_entry WHERE subject_type = :type AND subject_id = :id ORDER BY id LIMIT :limit")
			.param("type", subjectType)
			.param("id", subjectId)
			.param("limit", limit)
			.query((rs, n) -> entry(rs))
			.list();
	}

	public List<AuditEntry> latest(int limit) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM audit_entry ORDER BY id DESC LIMIT :limit")
			.param("limit", limit)
			.query((rs, n) -> entry(rs))
			.list();
	}

	private static AuditRow row(ResultSet rs) throws SQLException {
		return new AuditRow(rs.getLong("id"), rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
				rs.getString("subject_type"), rs.getString("subject_id"), rs.getString("action"), rs.getString("actor"),
				rs.getString("detail"));
	}

	private static AuditEntry entry(ResultSet rs) throws SQLException {
		AuditRow row = row(rs);
		long seq = rs.getLong("seq");
		Long sealed = rs.wasNull() ? null : seq;
		byte[] hash = rs.getBytes("hash");
		return new AuditEntry(row.id(), row.recordedAt(), row.subjectType(), row.subjectId(), row.action(), row.actor(),
				row.detail(), sealed, hash == null ? null : HexFormat.of().formatHex(hash));
	}
}
