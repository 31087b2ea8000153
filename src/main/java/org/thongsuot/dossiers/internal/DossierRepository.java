package org.thongsuot.dossiers.internal;

import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.thongsuot.dossiers.Applicant;
import org.thongsuot.dossiers.DossierAction;
import org.thongsuot.dossiers.DossierQuery;
import org.thongsuot.dossiers.DossierStatus;
import org.thongsuot.dossiers.DossierSummary;
import org.thongsuot.dossiers.DossierView;
import org.thongsuot.dossiers.ResultSignature;
import org.thongsuot.dossiers.SubmissionChannel;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The dossiers' tables, through {@link JdbcClient}. */
@Repository
class DossierRepository {

	private final JdbcClient jdbc;
	private final JsonMapper json;

	DossierRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** A dossier's row. */
	record Row(long id, String code, String procedureCode, long procedureVersionId, String procedureName, long agencyId,
			String agencyName, SubmissionChannel channel, Applicant applicant, String ownerUsername, String receivedBy,
			DossierStatus status, int step, Instant receivedAt, Instant stepStartedAt, LocalDateTime dueAt,
			LocalDateTime stepDueAt, Instant pausedSince, Instant completedAt, String timeliness,
			Long timelinessMinutes, byte[] secretHash, int version) {
	}

	static OffsetDateTime utc(Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

	long insert(Row r) {
		return jdbc.sql("""
				INSERT INTO dossier (code, procedure_code, procedure_version_id, procedure_name, agency_id, agency_name,
					channel, applicant_name, applicant_id_number, applicant_phone, owner_username, received_by, status,
					step, received_at, step_started_at, due_at, step_due_at, secret_hash)
				VALUES (:code, :pcode, :pver, :pname, :agency, :aname, :channel, :name, :idn, :phone, :owner, :by,
					:status, 0, :received, :received, :due, :stepDue, :secret)
				RETURNING id""")
				.param("code", r.code()).param("pcode", r.procedureCode()).param("pver", r.procedureVersionId())
				.param("pname", r.procedureName()).param("agency", r.agencyId()).param("aname", r.agencyName())
				.param("channel", r.channel().name()).param("name", r.applicant().name())
				.param("idn", r.applicant().idNumber()).param("phone", r.applicant().phone())
				.param("owner", r.ownerUsername()).param("by", r.receivedBy()).param("status", r.status().name())
				.param("received", utc(r.receivedAt())).param("due", r.dueAt()).param("stepDue", r.stepDueAt())
				.param("secret", r.secretHash())
				.query(Long.class).single();
	}

	/** What {@link #receive} wrote: the dossier's id and code. */
	record Received(long id, String code) {
	}

	/**
	 * A receipt's whole write in one statement (one round trip): the next number of the agency's day
	 * counter, the dossier with its code ({@code codePrefix} + the number in 4 digits), its steps, its
	 * files (already stored durably in the blob store), and the first line of its history. The counter row
	 * stays locked from here until the commit, so the shorter the rest of the transaction, the less
	 * concurrent receipts at the same agency wait; numbers stay gap-free and unique (a rollback gives the
	 * number back). Empty when the agency has used all 9,999 numbers of the day.
	 */
	/** The client's idempotency key a receipt claimed (see {@link IdempotencyKeys}), to be given the dossier's code. */
	record IdempotencyKey(String client, String key) {
	}

	Optional<Received> receive(Row r, LocalDate day, String codePrefix, List<DossierView.Step> steps,
			List<DossierView.FileInfo> files, String actor, String note, byte[] sealedSecret, IdempotencyKey claimed) {
		StringBuilder sql = new StringBuilder("""
				WITH number AS (
					INSERT INTO dossier_counter (agency_id, day, last) VALUES (:agency, :day, 1)
					ON CONFLICT (agency_id, day) DO UPDATE SET last = dossier_counter.last + 1
					WHERE dossier_counter.last < 9999
					RETURNING last),
				d AS (
					INSERT INTO dossier (code, procedure_code, procedure_version_id, procedure_name, agency_id, agency_name,
						channel, applicant_name, applicant_id_number, applicant_phone, owner_username, received_by, status,
						step, received_at, step_started_at, due_at, step_due_at, secret_hash, secret_sealed)
					SELECT :codePrefix || lpad(number.last::text, 4, '0'), :pcode, :pver, :pname, :agency, :aname,
						:channel, :name, :idn, :phone, :owner, :by, :status, 0, :received, :received, :due, :stepDue, :secret,
						:sealed
					FROM number
					RETURNING id, code),
				steps AS (
					INSERT INTO dossier_step (dossier_id, position, name, role, agency_id, share_minutes)
					SELECT d.id, s.position, s.name, s.role, s.agency, s.minutes FROM d, (VALUES """);
		for (int i = 0; i < steps.size(); i++) {
			sql.append(i == 0 ? "" : ", ").append("(CAST(:sp" + i + " AS integer), CAST(:sn" + i + " AS text), CAST(:sr" + i
					+ " AS text), CAST(:sa" + i + " AS bigint), CAST(:sm" + i + " AS bigint))");
		}
		sql.append(") AS s (position, name, role, agency, minutes)),\n");
		if (!files.isEmpty()) {
			sql.append("""
					files AS (
						INSERT INTO dossier_file (dossier_id, component, file_name, content_type, size, sha256, added_at, added_by)
						SELECT d.id, f.component, f.name, f.type, f.size, f.sha256, :received, :by FROM d, (VALUES """);
			for (int i = 0; i < files.size(); i++) {
				sql.append(i == 0 ? "" : ", ").append("(" + i + ", CAST(:fc" + i + " AS text), CAST(:fn" + i
						+ " AS text), CAST(:ft" + i + " AS text), CAST(:fs" + i + " AS bigint), CAST(:fh" + i + " AS text))");
			}
			sql.append(") AS f (position, component, name, type, size, sha256) ORDER BY f.position),\n");
		}
		if (claimed != null) {
			sql.append("""
					claimed AS (
						UPDATE dossier_idempotency SET dossier_code = d.code FROM d WHERE client = :iclient AND key = :ikey),
					""");
		}
		sql.append("""
				history AS (
					INSERT INTO dossier_history (dossier_id, at, actor, action, from_status, to_status, step, note)
					SELECT d.id, :received, :actor, 'RECEIVE', NULL, :status, 0, :note FROM d)
				SELECT id, code FROM d""");
		JdbcClient.StatementSpec spec = jdbc.sql(sql.toString())
				.param("agency", r.agencyId()).param("day", day).param("codePrefix", codePrefix)
				.param("pcode", r.procedureCode()).param("pver", r.procedureVersionId())
				.param("pname", r.procedureName()).param("aname", r.agencyName())
				.param("channel", r.channel().name()).param("name", r.applicant().name())
				.param("idn", r.applicant().idNumber()).param("phone", r.applicant().phone())
				.param("owner", r.ownerUsername()).param("by", r.receivedBy()).param("status", r.status().name())
				.param("received", utc(r.receivedAt())).param("due", r.dueAt()).param("stepDue", r.stepDueAt())
				.param("secret", r.secretHash()).param("sealed", sealedSecret).param("actor", actor).param("note", note);
		if (claimed != null) {
			spec = spec.param("iclient", claimed.client()).param("ikey", claimed.key());
		}
		for (int i = 0; i < steps.size(); i++) {
			DossierView.Step s = steps.get(i);
			spec = spec.param("sp" + i, s.position()).param("sn" + i, s.name()).param("sr" + i, s.role())
					.param("sa" + i, s.agencyId()).param("sm" + i, s.shareMinutes());
		}
		for (int i = 0; i < files.size(); i++) {
			DossierView.FileInfo f = files.get(i);
			spec = spec.param("fc" + i, f.component()).param("fn" + i, f.fileName()).param("ft" + i, f.contentType())
					.param("fs" + i, f.size()).param("fh" + i, f.sha256());
		}
		return spec.query((rs, n) -> new Received(rs.getLong("id"), rs.getString("code"))).optional();
	}

	Optional<Row> find(String code) {
		return jdbc.sql("SELECT * FROM dossier WHERE code = :code").param("code", code).query(DossierRepository::row)
				.optional();
	}

	/**
	 * A dossier with everything its readers see: its row, steps, papers, history and result documents,
	 * oldest first, and the result's hand-over.
	 */
	record Snapshot(Row row, List<DossierView.Step> steps, List<DossierView.FileInfo> files,
			List<DossierView.Event> history, List<DossierView.FileInfo> results, ResultState result) {
	}

	/**
	 * The dossier with everything its readers see, in one statement (one round trip, one plan instead of
	 * six): the row, and each list as a JSON array built by PostgreSQL from its own index; instants travel as
	 * microseconds since the epoch, exactly what PostgreSQL keeps. With {@code lock} the row is locked FOR NO
	 * KEY UPDATE, the lock its UPDATE takes anyway (so it blocks nothing more: receipts and other rows'
	 * inserts that reference it take KEY SHARE): a concurrent action on the same dossier waits for this
	 * transaction and then finds the version moved on. The lists are read in the statement's snapshot; after
	 * such a wait they may predate the other transaction, which is harmless because every writer of steps,
	 * papers, history and results moves the version on too, and a moved version refuses the action.
	 */
	Optional<Snapshot> snapshot(String code, boolean lock) {
		return jdbc.sql("""
				SELECT d.*,
					(SELECT json_agg(json_build_array(s.position, s.name, s.role, s.agency_id, s.share_minutes)
						ORDER BY s.position) FROM dossier_step s WHERE s.dossier_id = d.id) AS step_list,
					(SELECT json_agg(json_build_array(f.component, f.file_name, f.content_type, f.size, f.sha256,
						(extract(epoch FROM f.added_at) * 1000000)::bigint) ORDER BY f.id)
						FROM dossier_file f WHERE f.dossier_id = d.id) AS file_list,
					(SELECT json_agg(json_build_array((extract(epoch FROM h.at) * 1000000)::bigint, h.actor, h.action,
						h.from_status, h.to_status, h.step, h.note) ORDER BY h.id)
						FROM dossier_history h WHERE h.dossier_id = d.id) AS history_list,
					(SELECT json_agg(json_build_array(r.file_name, r.content_type, r.size, r.sha256,
						(extract(epoch FROM r.added_at) * 1000000)::bigint, """ + SIGNATURES_OF_R + """
						) ORDER BY r.id)
						FROM dossier_result r WHERE r.dossier_id = d.id) AS result_list
				FROM dossier d WHERE d.code = :code""" + (lock ? " FOR NO KEY UPDATE OF d" : ""))
				.param("code", code)
				.query((rs, n) -> new Snapshot(row(rs, n), list(rs.getString("step_list"),
						s -> new DossierView.Step(s.get(0).asInt(), text(s.get(1)), text(s.get(2)), s.get(3).asLong(),
								s.get(4).asLong())),
						list(rs.getString("file_list"), f -> new DossierView.FileInfo(text(f.get(0)), text(f.get(1)),
								text(f.get(2)), f.get(3).asLong(), text(f.get(4)), micros(f.get(5)))),
						list(rs.getString("history_list"), h -> new DossierView.Event(micros(h.get(0)), text(h.get(1)),
								"RECEIVE".equals(text(h.get(2))) ? null : DossierAction.valueOf(text(h.get(2))),
								h.get(3).isNull() ? null : DossierStatus.valueOf(text(h.get(3))),
								DossierStatus.valueOf(text(h.get(4))), h.get(5).isNull() ? null : h.get(5).asInt(),
								text(h.get(6)))),
						list(rs.getString("result_list"), r -> new DossierView.FileInfo(null, text(r.get(0)),
								text(r.get(1)), r.get(2).asLong(), text(r.get(3)), micros(r.get(4)), signatures(r.get(5)))),
						resultState(rs)))
				.optional();
	}

	/**
	 * The verified signatures of the result document {@code r}, oldest field first, as a JSON array (null if
	 * none); instants as microseconds since the epoch, like the other lists.
	 */
	private static final String SIGNATURES_OF_R = """
			(SELECT json_agg(json_build_array(g.signer_name, g.signer_organization, g.subject, g.issuer,
				g.serial_number, (extract(epoch FROM g.certificate_not_before) * 1000000)::bigint,
				(extract(epoch FROM g.certificate_not_after) * 1000000)::bigint,
				(extract(epoch FROM g.signed_at) * 1000000)::bigint, g.signing_time_source,
				g.certificate_valid_at_signing, g.covers_whole_document, g.trust) ORDER BY g.position)
				FROM dossier_result_signature g WHERE g.result_id = r.id)""";

	private List<ResultSignature> signatures(JsonNode array) {
		if (array == null || array.isNull()) {
			return List.of();
		}
		List<ResultSignature> list = new ArrayList<>(array.size());
		for (JsonNode g : array) {
			list.add(new ResultSignature(text(g.get(0)), text(g.get(1)), text(g.get(2)), text(g.get(3)),
					text(g.get(4)), micros(g.get(5)), micros(g.get(6)), micros(g.get(7)), text(g.get(8)),
					g.get(9).asBoolean(), g.get(10).asBoolean(), ResultSignature.Trust.valueOf(text(g.get(11)))));
		}
		return List.copyOf(list);
	}

	private List<ResultSignature> signatures(String array) {
		return array == null ? List.of() : signatures(json.readTree(array));
	}

	private <T> List<T> list(String array, java.util.function.Function<JsonNode, T> element) {
		if (array == null) {
			return List.of();
		}
		JsonNode nodes = json.readTree(array);
		List<T> list = new ArrayList<>(nodes.size());
		for (JsonNode node : nodes) {
			list.add(element.apply(node));
		}
		return List.copyOf(list);
	}

	private static String text(JsonNode node) {
		return node == null || node.isNull() ? null : node.asString();
	}

	private static Instant micros(JsonNode node) {
		if (node == null || node.isNull()) {
			return null;
		}
		long micros = node.asLong();
		return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
	}

	private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Row(rs.getLong("id"), rs.getString("code"), rs.getString("procedure_code"),
				rs.getLong("procedure_version_id"), rs.getString("procedure_name"), rs.getLong("agency_id"),
				rs.getString("agency_name"), SubmissionChannel.valueOf(rs.getString("channel")),
				new Applicant(rs.getString("applicant_name"), rs.getString("applicant_id_number"),
						rs.getString("applicant_phone")),
				rs.getString("owner_username"), rs.getString("received_by"), DossierStatus.valueOf(rs.getString("status")),
				rs.getInt("step"), instant(rs, "received_at"), instant(rs, "step_started_at"),
				rs.getObject("due_at", LocalDateTime.class), rs.getObject("step_due_at", LocalDateTime.class),
				instant(rs, "paused_since"), instant(rs, "completed_at"), rs.getString("timeliness"),
				(Long) rs.getObject("timeliness_minutes", Long.class), rs.getBytes("secret_hash"), rs.getInt("version"));
	}

	private static Instant instant(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
		OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
		return t == null ? null : t.toInstant();
	}

	/** What an action writes besides the new state: its history line, and the result's hand-over if it changed. */
	record Change(DossierAction action, DossierStatus from, String note, String actor, Instant at, Instant readyAt,
			org.thongsuot.dossiers.ReturnMethod returnMethod) {
	}

	/**
	 * Writes the new state and its line of the append-only history in one statement, if the dossier is still
	 * at {@code expectedVersion}; says whether it was (a concurrent or repeated action finds the version moved
	 * on and changes nothing). The history line is written only when the state was.
	 *
	 * <p>Every value that may be null is bound with one type whether it is null or not (a null bound without
	 * a type goes to the server as "unknown"; a time as its own type, but a null time as "unknown" whatever is
	 * asked): the driver then keeps one prepared statement for every action, where the mix of nulls of
	 * forward, approve and return-result made it parse and plan the statement again at almost every step.
	 * Nullable times travel as ISO text, cast by PostgreSQL.
	 */
	boolean apply(Row r, int expectedVersion, Change c) {
		return jdbc.sql("""
				WITH moved AS (
					UPDATE dossier SET status = :status, step = :step, step_started_at = :stepStarted, due_at = :due,
						step_due_at = CAST(:stepDue AS timestamp), paused_since = CAST(:paused AS timestamptz),
						completed_at = CAST(:completed AS timestamptz), timeliness = :timeliness,
						timeliness_minutes = :minutes, received_at = :received,
						result_returned_at = CASE WHEN :status = 'RESULT_RETURNED' THEN now() ELSE result_returned_at END,
						result_ready_at = coalesce(CAST(:readyAt AS timestamptz), result_ready_at),
						return_method = coalesce(:returnMethod, return_method),
						version = version + 1
					WHERE id = :id AND version = :expected
					RETURNING id)
				INSERT INTO dossier_history (dossier_id, at, actor, action, from_status, to_status, step, note)
				SELECT id, :at, :actor, :action, :from, :status, :step, :note FROM moved""")
				.param("status", r.status().name()).param("step", r.step()).param("stepStarted", utc(r.stepStartedAt()))
				.param("due", r.dueAt()).param("stepDue", iso(r.stepDueAt()), Types.VARCHAR)
				.param("paused", iso(r.pausedSince()), Types.VARCHAR)
				.param("completed", iso(r.completedAt()), Types.VARCHAR)
				.param("timeliness", r.timeliness(), Types.VARCHAR)
				.param("minutes", r.timelinessMinutes(), Types.BIGINT).param("received", utc(r.receivedAt()))
				.param("readyAt", iso(c.readyAt()), Types.VARCHAR)
				.param("returnMethod", c.returnMethod() == null ? null : c.returnMethod().name(), Types.VARCHAR)
				.param("id", r.id()).param("expected", expectedVersion)
				.param("at", utc(c.at())).param("actor", c.actor()).param("action", c.action().name())
				.param("from", c.from().name()).param("note", c.note(), Types.VARCHAR)
				.update() == 1;
	}

	/** A time as ISO 8601 text (an instant with its Z), or null. */
	private static String iso(Object time) {
		return time == null ? null : time.toString();
	}

	void insertStep(long dossierId, DossierView.Step s) {
		jdbc.sql("""
				INSERT INTO dossier_step (dossier_id, position, name, role, agency_id, share_minutes)
				VALUES (:d, :p, :n, :r, :a, :m)""")
				.param("d", dossierId).param("p", s.position()).param("n", s.name()).param("r", s.role())
				.param("a", s.agencyId()).param("m", s.shareMinutes()).update();
	}

	List<DossierView.Step> steps(long dossierId) {
		return jdbc.sql("""
				SELECT position, name, role, agency_id, share_minutes FROM dossier_step
				WHERE dossier_id = :d ORDER BY position""")
				.param("d", dossierId).query(DossierView.Step.class).list();
	}

	void insertFile(long dossierId, DossierView.FileInfo f, String by) {
		jdbc.sql("""
				INSERT INTO dossier_file (dossier_id, component, file_name, content_type, size, sha256, added_at, added_by)
				VALUES (:d, :c, :n, :t, :s, :h, :at, :by)""")
				.param("d", dossierId).param("c", f.component()).param("n", f.fileName()).param("t", f.contentType())
				.param("s", f.size()).param("h", f.sha256()).param("at", utc(f.addedAt())).param("by", by).update();
	}

	List<DossierView.FileInfo> files(long dossierId) {
		return jdbc.sql("""
				SELECT component, file_name, content_type, size, sha256, added_at FROM dossier_file
				WHERE dossier_id = :d ORDER BY id""")
				.param("d", dossierId)
				.query((rs, n) -> new DossierView.FileInfo(rs.getString("component"), rs.getString("file_name"),
						rs.getString("content_type"), rs.getLong("size"), rs.getString("sha256"), instant(rs, "added_at")))
				.list();
	}

	void startPause(long dossierId, Instant from) {
		jdbc.sql("INSERT INTO dossier_pause (dossier_id, from_at) VALUES (:d, :f)").param("d", dossierId)
				.param("f", utc(from)).update();
	}

	void endPause(long dossierId, Instant to) {
		jdbc.sql("UPDATE dossier_pause SET to_at = :t WHERE dossier_id = :d AND to_at IS NULL").param("d", dossierId)
				.param("t", utc(to)).update();
	}

	/** The closed pauses, oldest first. */
	List<Instant[]> pauses(long dossierId) {
		return jdbc.sql("SELECT from_at, to_at FROM dossier_pause WHERE dossier_id = :d AND to_at IS NOT NULL ORDER BY from_at")
				.param("d", dossierId)
				.query((rs, n) -> new Instant[] { instant(rs, "from_at"), instant(rs, "to_at") }).list();
	}

	/**
	 * The statuses still being handled, in the words of the partial indexes {@code dossier_queue_agency} and
	 * {@code dossier_queue_due} (V2026_11_23_6500): the planner uses those only when the query names the same
	 * list as literals, so it is written into the SQL, never bound.
	 */
	static final String OPEN_STATUSES = java.util.Arrays.stream(DossierStatus.values()).filter(s -> !s.finished())
			.map(s -> "'" + s.name() + "'").collect(java.util.stream.Collectors.joining(", ", "(", ")"));

	/**
	 * Dossiers received by, or with a step at, one of the agencies; newest first, or due soonest first;
	 * with {@code openOnly} only those still being handled.
	 *
	 * <p>"Received by one of the agencies OR with a step there" written as one condition with
	 * {@code OR EXISTS} can use no index: PostgreSQL read every dossier and every step. So each half is
	 * its own query, sorted and cut to {@code limit} through its own index (the receiving agency's, and
	 * the steps' agency), and the union of both halves' first {@code limit} is sorted and cut again: the
	 * first {@code limit} of a union are among the first {@code limit} of each half. A dossier in both
	 * halves appears once (UNION), as the single condition gave it once. docs/dossiers.md ("Work queue:
	 * queries and indexes") has the plans.
	 */
	List<DossierSummary> search(DossierQuery q, Collection<Long> agencies, boolean allAgencies, int limit,
			boolean dueFirst, boolean openOnly, LocalDateTime now) {
		if (!allAgencies && agencies.isEmpty()) {
			return List.of();
		}
		StringBuilder filters = new StringBuilder();
		List<Object[]> params = new ArrayList<>();
		if (openOnly) {
			filters.append(" AND d.status IN ").append(OPEN_STATUSES);
		}
		if (q.code() != null) {
			filters.append(" AND d.code LIKE :code");
			params.add(new Object[] { "code", q.code().replace("%", "").replace("_", "\\_") + "%" });
		}
		if (q.applicant() != null) {
			filters.append(" AND (d.applicant_id_number = :applicant OR d.applicant_name ILIKE :applicantLike)");
			params.add(new Object[] { "applicant", q.applicant() });
			params.add(new Object[] { "applicantLike", "%" + q.applicant().replace("%", "") + "%" });
		}
		if (q.procedureCode() != null) {
			filters.append(" AND d.procedure_code = :procedure");
			params.add(new Object[] { "procedure", q.procedureCode() });
		}
		if (q.status() != null) {
			filters.append(" AND d.status = :status");
			params.add(new Object[] { "status", q.status().name() });
		}
		if (q.from() != null) {
			filters.append(" AND d.received_at >= (:from::date)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh'");
			params.add(new Object[] { "from", q.from() });
		}
		if (q.to() != null) {
			filters.append(" AND d.received_at < (:to::date + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh'");
			params.add(new Object[] { "to", q.to() });
		}
		String sortKey = dueFirst ? "d.due_at" : "d.received_at";
		String order = dueFirst ? " ORDER BY d.due_at, d.id" : " ORDER BY d.received_at DESC, d.id DESC";
		String candidates;
		if (allAgencies) {
			candidates = "SELECT d.id FROM dossier d WHERE true" + filters + order + " LIMIT :limit";
		}
		else {
			params.add(new Object[] { "agencies", List.copyOf(agencies) });
			candidates = "(SELECT d.id, " + sortKey + " FROM dossier d WHERE d.agency_id IN (:agencies)" + filters
					+ order + " LIMIT :limit)"
					+ " UNION (SELECT d.id, " + sortKey + " FROM dossier d WHERE EXISTS (SELECT 1 FROM dossier_step x"
					+ " WHERE x.dossier_id = d.id AND x.agency_id IN (:agencies))" + filters + order + " LIMIT :limit)";
		}
		String sql = """
				SELECT d.code, d.procedure_code, d.procedure_name, d.agency_id, d.applicant_name, d.status, d.step,
					s.name AS step_name, s.role AS step_role, s.agency_id AS step_agency, d.received_at, d.due_at,
					d.step_due_at
				FROM (%s) v JOIN dossier d ON d.id = v.id
				LEFT JOIN dossier_step s ON s.dossier_id = d.id AND s.position = d.step""".formatted(candidates)
				+ order + " LIMIT :limit";
		JdbcClient.StatementSpec spec = jdbc.sql(sql).param("limit", limit);
		for (Object[] p : params) {
			spec = spec.param((String) p[0], p[1]);
		}
		return spec.query((rs, n) -> {
			LocalDateTime due = rs.getObject("due_at", LocalDateTime.class);
			DossierStatus status = DossierStatus.valueOf(rs.getString("status"));
			return new DossierSummary(rs.getString("code"), rs.getString("procedure_code"),
					rs.getString("procedure_name"), rs.getLong("agency_id"), rs.getString("applicant_name"), status,
					rs.getInt("step"), rs.getString("step_name"), rs.getString("step_role"), rs.getLong("step_agency"),
					instant(rs, "received_at"), due, rs.getObject("step_due_at", LocalDateTime.class),
					!status.finished() && !status.clockStopped() && due.isBefore(now));
		}).list();
	}

	void sealSecret(long dossierId, byte[] sealed) {
		jdbc.sql("UPDATE dossier SET secret_sealed = :s WHERE id = :d").param("s", sealed).param("d", dossierId).update();
	}

	byte[] sealedSecret(long dossierId) {
		return jdbc.sql("SELECT secret_sealed FROM dossier WHERE id = :d").param("d", dossierId)
				.query((rs, n) -> rs.getBytes(1)).single();
	}

	/** What the result's hand-over stands at: when it was marked ready, and how it was returned. */
	record ResultState(Instant readyAt, org.thongsuot.dossiers.ReturnMethod method) {
	}

	ResultState resultState(long dossierId) {
		return jdbc.sql("SELECT result_ready_at, return_method FROM dossier WHERE id = :d").param("d", dossierId)
				.query((rs, n) -> resultState(rs)).single();
	}

	private static ResultState resultState(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new ResultState(instant(rs, "result_ready_at"), rs.getString("return_method") == null ? null
				: org.thongsuot.dossiers.ReturnMethod.valueOf(rs.getString("return_method")));
	}

	/** A result document with its verified signatures, in one statement (the action's budget stays as it was). */
	void insertResult(long dossierId, DossierView.FileInfo f, String by) {
		List<Map<String, Object>> signatures = new ArrayList<>();
		List<ResultSignature> verified = f.signatures() == null ? List.of() : f.signatures();
		for (int i = 0; i < verified.size(); i++) {
			ResultSignature g = verified.get(i);
			Map<String, Object> m = new java.util.HashMap<>();
			m.put("position", i + 1);
			m.put("signer_name", g.signerName());
			m.put("signer_organization", g.signerOrganization());
			m.put("subject", g.subject());
			m.put("issuer", g.issuer());
			m.put("serial_number", g.serialNumber());
			m.put("certificate_not_before", g.certificateNotBefore().toString());
			m.put("certificate_not_after", g.certificateNotAfter().toString());
			m.put("signed_at", g.signedAt() == null ? null : g.signedAt().toString());
			m.put("signing_time_source", g.signingTimeSource());
			m.put("certificate_valid_at_signing", g.certificateValidAtSigning());
			m.put("covers_whole_document", g.coversWholeDocument());
			m.put("trust", g.trust().name());
			signatures.add(m);
		}
		jdbc.sql("""
				WITH r AS (
					INSERT INTO dossier_result (dossier_id, file_name, content_type, size, sha256, added_at, added_by)
					VALUES (:d, :n, :t, :s, :h, :at, :by) RETURNING id)
				INSERT INTO dossier_result_signature (result_id, position, signer_name, signer_organization, subject,
					issuer, serial_number, certificate_not_before, certificate_not_after, signed_at, signing_time_source,
					certificate_valid_at_signing, covers_whole_document, trust)
				SELECT r.id, g.position, g.signer_name, g.signer_organization, g.subject, g.issuer, g.serial_number,
					g.certificate_not_before, g.certificate_not_after, g.signed_at, g.signing_time_source,
					g.certificate_valid_at_signing, g.covers_whole_document, g.trust
				FROM r, jsonb_to_recordset(CAST(:g AS jsonb)) AS g(position int, signer_name text,
					signer_organization text, subject text, issuer text, serial_number text,
					certificate_not_before timestamptz, certificate_not_after timestamptz, signed_at timestamptz,
					signing_time_source text, certificate_valid_at_signing boolean, covers_whole_document boolean,
					trust text)""")
				.param("d", dossierId).param("n", f.fileName()).param("t", f.contentType()).param("s", f.size())
				.param("h", f.sha256()).param("at", utc(f.addedAt())).param("by", by)
				.param("g", json.writeValueAsString(signatures)).update();
	}

	/** The result documents, oldest first. */
	List<DossierView.FileInfo> results(long dossierId) {
		return jdbc.sql("""
				SELECT r.file_name, r.content_type, r.size, r.sha256, r.added_at, """ + SIGNATURES_OF_R + """
					AS signature_list
				FROM dossier_result r WHERE r.dossier_id = :d ORDER BY r.id""")
				.param("d", dossierId)
				.query((rs, n) -> new DossierView.FileInfo(null, rs.getString("file_name"),
						rs.getString("content_type"), rs.getLong("size"), rs.getString("sha256"), instant(rs, "added_at"),
						signatures(rs.getString("signature_list"))))
				.list();
	}

	/** An apology for lateness with the new appointment. */
	record Apology(Instant at, String actor, String reason, LocalDateTime previousDueAt, LocalDateTime newDueAt) {
	}

	void insertApology(long dossierId, Apology a) {
		jdbc.sql("""
				INSERT INTO dossier_apology (dossier_id, at, actor, reason, previous_due_at, new_due_at)
				VALUES (:d, :at, :actor, :reason, :prev, :next)""")
				.param("d", dossierId).param("at", utc(a.at())).param("actor", a.actor()).param("reason", a.reason())
				.param("prev", a.previousDueAt()).param("next", a.newDueAt()).update();
	}

	/** The apologies, oldest first. */
	List<Apology> apologies(long dossierId) {
		return jdbc.sql("""
				SELECT at, actor, reason, previous_due_at, new_due_at FROM dossier_apology
				WHERE dossier_id = :d ORDER BY id""")
				.param("d", dossierId)
				.query((rs, n) -> new Apology(instant(rs, "at"), rs.getString("actor"), rs.getString("reason"),
						rs.getObject("previous_due_at", LocalDateTime.class),
						rs.getObject("new_due_at", LocalDateTime.class)))
				.list();
	}

	/**
	 * The results registry: dossiers of the agencies approved (a result issued) in the period of local days,
	 * oldest first, with the newest result document and how it was returned.
	 */
	List<org.thongsuot.dossiers.IssuedResult> issuedResults(Collection<Long> agencies, boolean allAgencies,
			java.time.LocalDate from, java.time.LocalDate to, int limit) {
		StringBuilder sql = new StringBuilder("""
				SELECT d.code, d.agency_id, d.agency_name, d.procedure_code, d.procedure_name, d.applicant_name,
					d.status, d.completed_at, d.timeliness, d.result_ready_at, d.result_returned_at, d.return_method,
					r.file_name, r.content_type, r.sha256, """ + SIGNATURES_OF_R + """
					AS signature_list
				FROM dossier d
				LEFT JOIN LATERAL (SELECT id, file_name, content_type, sha256 FROM dossier_result x
					WHERE x.dossier_id = d.id ORDER BY x.id DESC LIMIT 1) r ON true
				WHERE d.status IN ('DONE', 'RESULT_RETURNED') AND d.completed_at IS NOT NULL
					AND d.completed_at >= (:from::date)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh'
					AND d.completed_at < (:to::date + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh'""");
		if (!allAgencies) {
			if (agencies.isEmpty()) {
				return List.of();
			}
			sql.append(" AND d.agency_id IN (:agencies)");
		}
		sql.append(" ORDER BY d.completed_at, d.id LIMIT :limit");
		JdbcClient.StatementSpec spec = jdbc.sql(sql.toString()).param("from", from).param("to", to)
				.param("limit", limit);
		if (!allAgencies) {
			spec = spec.param("agencies", List.copyOf(agencies));
		}
		return spec.query((rs, n) -> new org.thongsuot.dossiers.IssuedResult(rs.getString("code"),
				rs.getLong("agency_id"), rs.getString("agency_name"), rs.getString("procedure_code"),
				rs.getString("procedure_name"), rs.getString("applicant_name"),
				DossierStatus.valueOf(rs.getString("status")), instant(rs, "completed_at"), rs.getString("timeliness"),
				rs.getString("file_name"), rs.getString("content_type"), rs.getString("sha256"),
				instant(rs, "result_ready_at"), instant(rs, "result_returned_at"),
				rs.getString("return_method") == null ? null
						: org.thongsuot.dossiers.ReturnMethod.valueOf(rs.getString("return_method")),
				signatures(rs.getString("signature_list"))))
				.list();
	}
}
