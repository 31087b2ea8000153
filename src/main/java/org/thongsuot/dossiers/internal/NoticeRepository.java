package org.thongsuot.dossiers.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.thongsuot.dossiers.Notice;

/** Deadline alerts ({@code dossier_alert}), officials' and applicants' notices ({@code notice}). */
@Repository
public class NoticeRepository {

	private final JdbcClient jdbc;

	NoticeRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A dossier being processed whose appointment or current step's deadline is before {@code horizon}. */
	record Candidate(long id, String code, int step, String stepName, String stepRole, long stepAgencyId,
			long stepShareMinutes, LocalDateTime dueAt, LocalDateTime stepDueAt) {
	}

	/** The next {@code limit} candidates after dossier id {@code afterId} (keyset paging: every candidate is seen). */
	List<Candidate> candidates(LocalDateTime horizon, long afterId, int limit) {
		return jdbc.sql("""
				SELECT d.id, d.code, d.step, s.name AS step_name, s.role AS step_role, s.agency_id AS step_agency_id,
					s.share_minutes AS step_share_minutes, d.due_at, d.step_due_at
				FROM dossier d JOIN dossier_step s ON s.dossier_id = d.id AND s.position = d.step
				WHERE d.status IN ('RECEIVED', 'PROCESSING') AND d.paused_since IS NULL
					AND (d.due_at <= :horizon OR d.step_due_at <= :horizon) AND d.id > :after
				ORDER BY d.id LIMIT :limit""")
				.param("horizon", horizon).param("after", afterId).param("limit", limit).query(Candidate.class).list();
	}

	/** Tries to take the job's lock for this transaction; false when another node holds it. */
	boolean tryJobLock() {
		// A transaction-level advisory lock: released by commit or rollback, and by the server if the
		// node dies, so a crashed node never blocks the others.
		return Boolean.TRUE.equals(jdbc.sql("SELECT pg_try_advisory_xact_lock(hashtext('dossiers.deadline-warnings'))")
				.query(Boolean.class).single());
	}

	/** Raises an alert unless it was raised before; its id when this call raised it. */
	Optional<Long> raise(long dossierId, int step, String kind, LocalDateTime dueAt, Instant now) {
		return jdbc.sql("""
				INSERT INTO dossier_alert (dossier_id, step, kind, due_at, raised_at) VALUES (:d, :s, :k, :due, :now)
				ON CONFLICT (dossier_id, step, kind, due_at) DO NOTHING RETURNING id""")
				.param("d", dossierId).param("s", step).param("k", kind).param("due", dueAt)
				.param("now", DossierRepository.utc(now)).query(Long.class).optional();
	}

	void insertNotice(long alertId, String recipient, String kind, String code, String stepName, LocalDateTime dueAt,
			Instant now, String email, String emailStatus) {
		jdbc.sql("""
				INSERT INTO notice (recipient, alert_id, kind, dossier_code, step_name, due_at, created_at, email,
					email_status)
				VALUES (:r, :a, :k, :c, :s, :due, :now, :e, :st) ON CONFLICT (alert_id, recipient) DO NOTHING""")
				.param("r", recipient).param("a", alertId).param("k", kind).param("c", code).param("s", stepName)
				.param("due", dueAt).param("now", DossierRepository.utc(now)).param("e", email).param("st", emailStatus)
				.update();
	}

	/** The account that submitted a dossier online (null for one received at the counter or by post), and the latest note of its history. */
	record Applicant(String owner, String lastNote) {
	}

	/** Who submitted the dossier, if it exists. */
	Optional<Applicant> applicant(String code) {
		return jdbc.sql("""
				SELECT d.owner_username AS owner,
					(SELECT h.note FROM dossier_history h WHERE h.dossier_id = d.id ORDER BY h.id DESC LIMIT 1) AS last_note
				FROM dossier d WHERE d.code = :c""")
				.param("c", code).query(Applicant.class).optional();
	}

	/** A notice to an applicant, caused by an action on their dossier (no deadline alert behind it). */
	void insertApplicantNotice(String recipient, String kind, String code, LocalDateTime dueAt, String note,
			Instant now, String email, String emailStatus) {
		jdbc.sql("""
				INSERT INTO notice (recipient, kind, dossier_code, due_at, note, created_at, email, email_status)
				VALUES (:r, :k, :c, :due, :note, :now, :e, :st)""")
				.param("r", recipient).param("k", kind).param("c", code).param("due", dueAt).param("note", note)
				.param("now", DossierRepository.utc(now)).param("e", email).param("st", emailStatus).update();
	}

	/** An email waiting to be sent. */
	record PendingEmail(long id, String recipient, String email, String kind, String dossierCode, String stepName,
			LocalDateTime dueAt, String note) {
	}

	/**
	 * Pending emails, locked for this transaction; rows another node is sending are skipped, so no email
	 * goes out twice from two nodes.
	 */
	List<PendingEmail> lockPendingEmails(int limit) {
		return jdbc.sql("""
				SELECT id, recipient, email, kind, dossier_code, step_name, due_at, note FROM notice
				WHERE email_status = 'PENDING' ORDER BY id LIMIT :limit FOR UPDATE SKIP LOCKED""")
				.param("limit", limit).query(PendingEmail.class).list();
	}

	void emailed(long id, String status, String note, Instant at) {
		jdbc.sql("UPDATE notice SET email_status = :s, email_note = :n, emailed_at = :at WHERE id = :id")
				.param("s", status).param("n", note).param("at", DossierRepository.utc(at)).param("id", id).update();
	}

	List<Notice> list(String recipient, boolean unreadOnly, int limit) {
		return jdbc.sql("""
				SELECT id, kind, dossier_code, step_name, due_at, note, created_at, read_at IS NOT NULL AS read,
					email_status
				FROM notice WHERE recipient = :r""" + (unreadOnly ? " AND read_at IS NULL" : "")
				+ " ORDER BY id DESC LIMIT :limit")
				.param("r", recipient).param("limit", limit)
				.query((rs, n) -> new Notice(rs.getLong("id"), rs.getString("kind"), rs.getString("dossier_code"),
						rs.getString("step_name"), rs.getObject("due_at", LocalDateTime.class), rs.getString("note"),
						rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getBoolean("read"),
						rs.getString("email_status")))
				.list();
	}

	long unread(String recipient) {
		return jdbc.sql("SELECT count(*) FROM notice WHERE recipient = :r AND read_at IS NULL").param("r", recipient)
				.query(Long.class).single();
	}

	/** Marks one of the recipient's notices read; false when it is not theirs or does not exist. */
	boolean markRead(String recipient, long id, Instant now) {
		return jdbc.sql("""
				UPDATE notice SET read_at = coalesce(read_at, :now) WHERE id = :id AND recipient = :r""")
				.param("now", DossierRepository.utc(now)).param("id", id).param("r", recipient).update() == 1;
	}

	int markAllRead(String recipient, Instant now) {
		return jdbc.sql("UPDATE notice SET read_at = :now WHERE recipient = :r AND read_at IS NULL")
				.param("now", DossierRepository.utc(now)).param("r", recipient).update();
	}
}
