package org.thongsuot.procedures.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.thongsuot.procedures.HistoryEntry;
import org.thongsuot.procedures.ProcedureLevel;
import org.thongsuot.procedures.ProcedureVersion;
import org.thongsuot.procedures.ProcedureVersion.RawText;
import org.thongsuot.procedures.ProcessingTime;
import org.thongsuot.procedures.ProvinceConfiguration;
import org.thongsuot.procedures.TimeUnit;
import org.thongsuot.procedures.VersionOrigin;
import org.thongsuot.procedures.VersionState;
import org.thongsuot.procedures.VersionSummary;
import tools.jackson.databind.json.JsonMapper;

/** Procedures, their versions and their history in PostgreSQL. */
@Repository
public class VersionRepository {

	private static final String COLUMNS = """
			id, code, version, state, valid_from, valid_to, origin, name, ministry, field, national_levels, levels,
			procedure_type, decision_no, subjects, competent_authority, implementing_agency, receiving_address,
			detail_url, time_value, time_unit, time_text, fee_summary, national::text AS national, raw::text AS raw,
			configuration::text AS configuration, note, created_at, created_by""" + " ";

	private static final String INSERT = """
			INSERT INTO procedures_version (code, version, state, valid_from, valid_to, origin, import_id, national_hash,
			  name, ministry, field, national_levels, levels, procedure_type, decision_no, subjects, competent_authority,
			  implementing_agency, receiving_address, detail_url, time_value, time_unit, time_text, fee_summary,
			  national, raw, configuration, note, created_at, created_by)
			VALUES (?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, string_to_array(?, ','), string_to_array(?, ','), ?, ?, ?, ?, ?,
			  ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?::jsonb, ?, ?, ?)""";

	private final JdbcClient jdbc;
	private final JdbcTemplate template;
	private final JsonMapper json;
	private final Cache<RowStamp, ProcedureVersion> recentlyMapped = Caffeine.newBuilder().maximumSize(2_000).build();

	VersionRepository(JdbcClient jdbc, JdbcTemplate template, JsonMapper json) {
		this.jdbc = jdbc;
		this.template = template;
		this.json = json;
	}

	/** A version to store: the national record, the levels and configuration, who and why. */
	record NewVersion(String code, int version, VersionState state, LocalDate validFrom, VersionOrigin origin,
			Long importId, NationalRecord national, List<ProcedureLevel> levels, ProvinceConfiguration configuration,
			String note, Instant createdAt, String createdBy) {
	}

	/** What the catalogue holds of a procedure, for an import to compare against. */
	record Known(String code, String nationalHash, int lastVersion) {
	}

	Map<String, Known> known() {
		Map<String, Known> known = new HashMap<>();
		jdbc.sql("SELECT code, national_hash, last_version FROM procedures_procedure")
				.query((rs, n) -> new Known(rs.getString(1), rs.getString(2), rs.getInt(3)))
				.list()
				.forEach(k -> known.put(k.code(), k));
		return known;
	}

	Optional<Known> known(String code) {
		return jdbc.sql("SELECT code, national_hash, last_version FROM procedures_procedure WHERE code = :code FOR UPDATE")
				.param("code", code)
				.query((rs, n) -> new Known(rs.getString(1), rs.getString(2), rs.getInt(3)))
				.optional();
	}

	void upsertProcedure(String code, String nationalHash, int lastVersion, Instant at) {
		jdbc.sql("""
				INSERT INTO procedures_procedure (code, national_hash, last_version, created_at)
				VALUES (:code, :hash, :last, :at)
				ON CONFLICT (code) DO UPDATE SET national_hash = excluded.national_hash, last_version = excluded.last_version""")
				.param("code", code).param("hash", nationalHash).param("last", lastVersion)
				.param("at", Timestamp.from(at)).update();
	}

	void upsertProcedures(List<Object[]> rows) {
		template.batchUpdate("""
				INSERT INTO procedures_procedure (code, national_hash, last_version, created_at) VALUES (?, ?, ?, ?)
				ON CONFLICT (code) DO UPDATE SET national_hash = excluded.national_hash, last_version = excluded.last_version""",
				rows);
	}

	/** Stores versions in one batch; returns their ids by code. */
	Map<String, Long> insert(List<NewVersion> versions) {
		List<Object[]> rows = versions.stream().map(this::row).toList();
		template.batchUpdate(INSERT, rows);
		if (versions.isEmpty()) {
			return Map.of();
		}
		Map<String, Long> ids = new HashMap<>();
		String[] codes = versions.stream().map(NewVersion::code).toArray(String[]::new);
		Integer[] numbers = versions.stream().map(NewVersion::version).toArray(Integer[]::new);
		template.query("""
				SELECT v.id, v.code FROM procedures_version v
				JOIN unnest(?::text[], ?::int[]) AS w(code, version) ON v.code = w.code AND v.version = w.version""",
				rs -> {
					ids.put(rs.getString(2), rs.getLong(1));
				}, codes, numbers);
		return ids;
	}

	long insert(NewVersion version) {
		return insert(List.of(version)).get(version.code());
	}

	private Object[] row(NewVersion v) {
		NationalRecord n = v.national();
		return new Object[] { v.code(), v.version(), v.state().name(), v.validFrom(), v.origin().name(), v.importId(),
				n.hash(), n.name(), n.ministry(), n.field(), levels(n.levels()), levels(v.levels()), n.procedureType(),
				n.decisionNo(), n.subjects(), n.competentAuthority(), n.implementingAgency(), n.receivingAddress(),
				n.detailUrl(), n.time().value(), n.time().unit() == null ? null : n.time().unit().name(),
				n.time().text(), n.feeSummary(), json.writeValueAsString(n.parsed()),
				json.writeValueAsString(new RawWithConditions(n.raw(), n.conditions())),
				v.configuration() == null ? null : json.writeValueAsString(v.configuration()), v.note(),
				Timestamp.from(v.createdAt()), v.createdBy() };
	}

	/** The raw texts, and the conditions (kept whole: they are prose, nothing to parse). */
	record RawWithConditions(RawText texts, String conditions) {
	}

	private static String levels(List<ProcedureLevel> levels) {
		return levels.stream().map(Enum::name).collect(Collectors.joining(","));
	}

	/** The national record a stored version was made from, to copy into a new version. */
	NationalRecord nationalOf(ProcedureVersion v, String hash) {
		return new NationalRecord(v.code(), v.name(), v.ministry(), v.field(), v.nationalLevels(), v.procedureType(),
				v.decisionNo(), v.subjects(), v.competentAuthority(), v.implementingAgency(), v.receivingAddress(),
				v.detailUrl(), v.nationalTime(), v.feeSummary(), v.conditions(),
				new NationalRecord.Parsed(v.channels(), v.steps(), v.components(), v.legalBasis(), v.results()), v.raw(),
				hash, 0);
	}

	String nationalHash(long versionId) {
		return jdbc.sql("SELECT national_hash FROM procedures_version WHERE id = :id").param("id", versionId)
				.query(String.class).single();
	}

	Optional<ProcedureVersion> byId(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM procedures_version WHERE id = :id").param("id", id)
				.query(this::map).optional();
	}

	/**
	 * The version in force on a day. Asked on every dossier receipt, and turning a row into a version
	 * (its national record, raw text and configuration are JSON) cost more than the rest of the look-up:
	 * so the row is found by a small index query that returns its id and {@code xmin}, and the version is
	 * mapped once per (id, xmin). Any change to the row gives it a new {@code xmin}, so a cached version is
	 * never stale, on this node or on any other sharing the database.
	 */
	Optional<ProcedureVersion> inForce(String code, LocalDate day) {
		return jdbc.sql("""
				SELECT id, xmin::text FROM procedures_version
				WHERE code = :code AND state <> 'DRAFT' AND valid_from <= :day AND (valid_to IS NULL OR valid_to > :day)""")
				.param("code", code).param("day", day).query((rs, n) -> new RowStamp(rs.getLong(1), rs.getString(2)))
				.optional().flatMap(this::mapped);
	}

	/** A row version of {@code procedures_version}: its id and the transaction that last wrote it. */
	record RowStamp(long id, String xmin) {
	}

	private Optional<ProcedureVersion> mapped(RowStamp stamp) {
		ProcedureVersion cached = recentlyMapped.getIfPresent(stamp);
		if (cached != null) {
			return Optional.of(cached);
		}
		record Stamped(ProcedureVersion version, String xmin) {
		}
		Optional<Stamped> read = jdbc.sql("SELECT " + COLUMNS + ", xmin::text AS row_xmin FROM procedures_version WHERE id = :id")
				.param("id", stamp.id()).query((rs, n) -> new Stamped(map(rs, n), rs.getString("row_xmin"))).optional();
		// cached only if it is still the row the look-up found (it may have changed in between)
		read.filter(r -> r.xmin().equals(stamp.xmin())).ifPresent(r -> recentlyMapped.put(stamp, r.version()));
		return read.map(Stamped::version);
	}

	Optional<ProcedureVersion> draft(String code) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM procedures_version WHERE code = :code AND state = 'DRAFT'")
				.param("code", code).query(this::map).optional();
	}

	/** The last version that is not a draft (in force, scheduled, or withdrawn). */
	Optional<ProcedureVersion> latest(String code) {
		return jdbc.sql("SELECT " + COLUMNS + """
				 FROM procedures_version WHERE code = :code AND state <> 'DRAFT' ORDER BY version DESC LIMIT 1""")
				.param("code", code).query(this::map).optional();
	}

	/** The latest non-draft version of each procedure, for an import to carry configurations over. */
	Map<String, ProcedureVersion> latestOf(List<String> codes) {
		Map<String, ProcedureVersion> latest = new HashMap<>();
		if (codes.isEmpty()) {
			return latest;
		}
		jdbc.sql("SELECT DISTINCT ON (code) " + COLUMNS + """
				 FROM procedures_version WHERE code = ANY(:codes) AND state <> 'DRAFT' ORDER BY code, version DESC""")
				.param("codes", codes.toArray(String[]::new)).query(this::map).list()
				.forEach(v -> latest.put(v.code(), v));
		return latest;
	}

	List<ProcedureVersion> publishedOf(String code) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM procedures_version WHERE code = :code AND state <> 'DRAFT' ORDER BY version")
				.param("code", code).query(this::map).list();
	}

	boolean exists(String code) {
		return jdbc.sql("SELECT count(*) FROM procedures_procedure WHERE code = :code").param("code", code)
				.query(Long.class).single() > 0;
	}

	List<VersionSummary> versions(String code) {
		return jdbc.sql("""
				SELECT id, code, version, state, valid_from, valid_to, origin, configuration IS NOT NULL, note, created_at,
				       created_by, name
				FROM procedures_version WHERE code = :code ORDER BY version""")
				.param("code", code)
				.query((rs, n) -> new VersionSummary(rs.getLong(1), rs.getString(2), rs.getString(12), rs.getInt(3),
						VersionState.valueOf(rs.getString(4)), rs.getObject(5, LocalDate.class),
						rs.getObject(6, LocalDate.class), VersionOrigin.valueOf(rs.getString(7)), rs.getBoolean(8),
						rs.getString(9), rs.getTimestamp(10).toInstant(), rs.getString(11)))
				.list();
	}

	/** Drafts awaiting the administrator, newest first. */
	List<VersionSummary> drafts() {
		return jdbc.sql("""
				SELECT id, code, version, state, valid_from, valid_to, origin, configuration IS NOT NULL, note, created_at,
				       created_by, name
				FROM procedures_version WHERE state = 'DRAFT' ORDER BY created_at DESC, code""")
				.query((rs, n) -> new VersionSummary(rs.getLong(1), rs.getString(2), rs.getString(12), rs.getInt(3),
						VersionState.valueOf(rs.getString(4)), null, null, VersionOrigin.valueOf(rs.getString(7)),
						rs.getBoolean(8), rs.getString(9), rs.getTimestamp(10).toInstant(), rs.getString(11)))
				.list();
	}

	/** Ends the open version of a procedure on {@code day} (exclusive); returns it, if there was one. */
	Optional<Long> close(String code, LocalDate day) {
		List<Long> closed = jdbc.sql("""
				UPDATE procedures_version SET valid_to = :day
				WHERE code = :code AND state <> 'DRAFT' AND valid_from <= :day AND (valid_to IS NULL OR valid_to > :day)
				RETURNING id""")
				.param("code", code).param("day", day).query(Long.class).list();
		return closed.stream().findFirst();
	}

	void publishDraft(long id, LocalDate from) {
		jdbc.sql("UPDATE procedures_version SET state = 'PUBLISHED', valid_from = :from WHERE id = :id AND state = 'DRAFT'")
				.param("id", id).param("from", from).update();
	}

	void withdraw(long id, LocalDate from, String reason) {
		jdbc.sql("""
				UPDATE procedures_version SET state = 'WITHDRAWN', valid_to = :from,
				  note = coalesce(note || ' — ', '') || :reason WHERE id = :id""")
				.param("id", id).param("from", from).param("reason", reason).update();
	}

	void updateDraft(long id, ProvinceConfiguration configuration, List<ProcedureLevel> levels, Instant at, String by) {
		jdbc.sql("""
				UPDATE procedures_version SET configuration = :configuration::jsonb, levels = string_to_array(:levels, ','),
				  created_at = :at, created_by = :by, origin = 'CONFIGURATION' WHERE id = :id AND state = 'DRAFT'""")
				.param("id", id).param("configuration", json.writeValueAsString(configuration))
				.param("levels", levels(levels)).param("at", Timestamp.from(at)).param("by", by).update();
	}

	void deleteDraft(long id) {
		jdbc.sql("DELETE FROM procedures_version WHERE id = :id AND state = 'DRAFT'").param("id", id).update();
	}

	/** Appends to the history. */
	void history(List<HistoryEntry> entries) {
		template.batchUpdate("""
				INSERT INTO procedures_history (code, version_id, version, action, from_state, to_state, actor, at,
				  import_id, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
				entries.stream().map(e -> new Object[] { e.code(), e.versionId(), e.version(), e.action().name(),
						e.fromState() == null ? null : e.fromState().name(), e.toState() == null ? null : e.toState().name(),
						e.actor(), Timestamp.from(e.at()), e.importId(), e.detail() }).toList());
	}

	List<HistoryEntry> history(String code) {
		return jdbc.sql("""
				SELECT id, code, version_id, version, action, from_state, to_state, actor, at, import_id, detail
				FROM procedures_history WHERE code = :code ORDER BY id""")
				.param("code", code)
				.query((rs, n) -> new HistoryEntry(rs.getLong(1), rs.getString(2), (Long) rs.getObject(3),
						(Integer) rs.getObject(4), HistoryEntry.Action.valueOf(rs.getString(5)), state(rs.getString(6)),
						state(rs.getString(7)), rs.getString(8), rs.getTimestamp(9).toInstant(), (Long) rs.getObject(10),
						rs.getString(11)))
				.list();
	}

	private static VersionState state(String text) {
		return text == null ? null : VersionState.valueOf(text);
	}

	/** The light rows of the published list: every version in force on a day. */
	record ListRow(String code, String name, String field, List<ProcedureLevel> levels, ProcessingTime time,
			String feeSummary, ProvinceConfiguration configuration, int version, LocalDate validFrom) {
	}

	List<ListRow> inForceRows(LocalDate day) {
		return jdbc.sql("""
				SELECT code, name, field, levels, time_value, time_unit, time_text, fee_summary, configuration::text,
				       version, valid_from
				FROM procedures_version
				WHERE state <> 'DRAFT' AND valid_from <= :day AND (valid_to IS NULL OR valid_to > :day)
				ORDER BY field, name, code""")
				.param("day", day)
				.query((rs, n) -> new ListRow(rs.getString(1), rs.getString(2), rs.getString(3), levelList(rs, 4),
						new ProcessingTime(rs.getBigDecimal(5), unit(rs.getString(6)), rs.getString(7)), rs.getString(8),
						configuration(rs.getString(9)), rs.getInt(10), rs.getObject(11, LocalDate.class)))
				.list();
	}

	private ProcedureVersion map(ResultSet rs, int row) throws SQLException {
		NationalRecord.Parsed parsed = json.readValue(rs.getString("national"), NationalRecord.Parsed.class);
		RawWithConditions raw = json.readValue(rs.getString("raw"), RawWithConditions.class);
		BigDecimal value = rs.getBigDecimal("time_value");
		return new ProcedureVersion(rs.getLong("id"), rs.getString("code"), rs.getInt("version"),
				VersionState.valueOf(rs.getString("state")), rs.getObject("valid_from", LocalDate.class),
				rs.getObject("valid_to", LocalDate.class), VersionOrigin.valueOf(rs.getString("origin")),
				rs.getString("name"), rs.getString("ministry"), rs.getString("field"),
				levelList(rs, rs.findColumn("national_levels")), levelList(rs, rs.findColumn("levels")),
				rs.getString("procedure_type"), rs.getString("decision_no"), rs.getString("subjects"),
				rs.getString("competent_authority"), rs.getString("implementing_agency"),
				rs.getString("receiving_address"), rs.getString("detail_url"),
				new ProcessingTime(value, unit(rs.getString("time_unit")), rs.getString("time_text")),
				rs.getString("fee_summary"), parsed.channels(), parsed.steps(), parsed.components(),
				parsed.legalBasis(), raw.conditions(), parsed.results(), raw.texts(),
				configuration(rs.getString("configuration")), rs.getString("note"),
				rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"));
	}

	private ProvinceConfiguration configuration(String text) {
		return text == null ? null : json.readValue(text, ProvinceConfiguration.class);
	}

	private static TimeUnit unit(String text) {
		return text == null ? null : TimeUnit.valueOf(text);
	}

	private static List<ProcedureLevel> levelList(ResultSet rs, int column) throws SQLException {
		String[] values = (String[]) rs.getArray(column).getArray();
		return new ArrayList<>(Arrays.stream(values).map(ProcedureLevel::valueOf).toList());
	}
}
