package org.thongsuot.procedures.internal;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thongsuot.procedures.DecentralizationReport;
import org.thongsuot.procedures.DecentralizationReport.Moved;
import org.thongsuot.procedures.HistoryEntry;
import org.thongsuot.procedures.HistoryEntry.Action;
import org.thongsuot.procedures.ProcedureLevel;
import org.thongsuot.procedures.ProcedurePublished;
import org.thongsuot.procedures.ProcedureVersion;
import org.thongsuot.procedures.ProceduresDecentralized;
import org.thongsuot.procedures.Rejection;
import org.thongsuot.procedures.Rejection.Reason;
import org.thongsuot.procedures.VersionOrigin;
import org.thongsuot.procedures.VersionState;
import tools.jackson.databind.json.JsonMapper;

/**
 * Moves procedures from the abolished district level to the commune or the province level: a mapping
 * (CSV {@code code,to_level}) applied as a new version of each procedure from an effective date, with a
 * report of what moved. All or nothing: a bad row refuses the whole mapping. A procedure that is no
 * longer at the district level is skipped (so applying a mapping twice moves nothing the second time).
 */
@Service
public class Decentralization {

	static final String FILE = "mapping.csv";

	private final VersionRepository versions;
	private final JdbcClient jdbc;
	private final JsonMapper json;
	private final ApplicationEventPublisher events;

	Decentralization(VersionRepository versions, JdbcClient jdbc, JsonMapper json, ApplicationEventPublisher events) {
		this.versions = versions;
		this.jdbc = jdbc;
		this.json = json;
		this.events = events;
	}

	/** A row of the mapping. */
	record Row(long line, String code, ProcedureLevel to) {
	}

	@Transactional
	public DecentralizationReport apply(byte[] csv, LocalDate from, String legalBasis, String actor, Instant now,
			boolean save) {
		List<Rejection> rejected = new ArrayList<>();
		List<Row> rows = parse(csv, rejected);
		for (Row row : rows) {
			if (!versions.exists(row.code())) {
				rejected.add(new Rejection(FILE, row.line(), row.code(), "code", Reason.UNKNOWN_CODE, row.code()));
			}
		}
		if (!rejected.isEmpty()) {
			rejected.sort(java.util.Comparator.comparingLong(Rejection::line));
			return new DecentralizationReport(null, false, from, legalBasis, List.of(), List.of(), rejected);
		}
		jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('procedures_catalogue'))").query(rs -> {
		});
		List<Moved> moved = new ArrayList<>();
		List<Rejection> skipped = new ArrayList<>();
		List<VersionRepository.NewVersion> fresh = new ArrayList<>();
		List<HistoryEntry> history = new ArrayList<>();
		for (Row row : rows) {
			Optional<VersionRepository.Known> known = versions.known(row.code());
			if (known.isEmpty()) {
				rejected.add(new Rejection(FILE, row.line(), row.code(), "code", Reason.UNKNOWN_CODE, row.code()));
				continue;
			}
			Optional<ProcedureVersion> latest = versions.latest(row.code());
			if (latest.isEmpty() || latest.get().state() == VersionState.WITHDRAWN
					|| (latest.get().validTo() != null && !latest.get().validTo().isAfter(from))) {
				skipped.add(new Rejection(FILE, row.line(), row.code(), "code", Reason.NOT_AT_DISTRICT_LEVEL, row.code()));
				continue;
			}
			ProcedureVersion last = latest.get();
			if (!last.levels().contains(ProcedureLevel.DISTRICT)) {
				boolean movedBefore = last.origin() == VersionOrigin.DECENTRALIZATION;
				skipped.add(new Rejection(FILE, row.line(), row.code(), "code",
						movedBefore ? Reason.ALREADY_MOVED : Reason.NOT_AT_DISTRICT_LEVEL, row.code()));
				continue;
			}
			if (last.validFrom().isAfter(from)) {
				skipped.add(new Rejection(FILE, row.line(), row.code(), "code", Reason.SCHEDULED_LATER, row.code()));
				continue;
			}
			Set<ProcedureLevel> levels = new TreeSet<>(last.levels());
			levels.remove(ProcedureLevel.DISTRICT);
			levels.add(row.to());
			int number = known.get().lastVersion() + 1;
			moved.add(new Moved(row.code(), last.name(), last.levels(), List.copyOf(levels), last.version(),
					save ? number : null));
			if (save) {
				NationalRecord national = versions.nationalOf(last, known.get().nationalHash());
				fresh.add(new VersionRepository.NewVersion(row.code(), number, VersionState.PUBLISHED, from,
						VersionOrigin.DECENTRALIZATION, null, national, List.copyOf(levels), last.configuration(),
						legalBasis, now, actor));
			}
		}
		if (!rejected.isEmpty() || !save || fresh.isEmpty()) {
			// nothing to apply (a check, a refusal, or everything already moved): no run is recorded
			return new DecentralizationReport(null, false, from, legalBasis, rejected.isEmpty() ? moved : List.of(),
					skipped, rejected);
		}
		for (VersionRepository.NewVersion v : fresh) {
			ProcedureVersion last = versions.latest(v.code()).orElseThrow();
			versions.close(v.code(), from).ifPresent(id -> history.add(new HistoryEntry(0, v.code(), id, last.version(),
					Action.SUPERSEDED, VersionState.PUBLISHED, VersionState.PUBLISHED, actor, now, null, "ends " + from)));
			versions.upsertProcedure(v.code(), v.national().hash(), v.version(), now);
		}
		var ids = versions.insert(fresh);
		long runId = jdbc.sql("""
				INSERT INTO procedures_decentralization (effective_from, legal_basis, actor, applied_at, moved, report)
				VALUES (:from, :basis, :actor, :at, :moved, '{}'::jsonb) RETURNING id""")
				.param("from", from).param("basis", legalBasis).param("actor", actor).param("at", Timestamp.from(now))
				.param("moved", moved.size()).query(Long.class).single();
		for (VersionRepository.NewVersion v : fresh) {
			long id = ids.get(v.code());
			history.add(new HistoryEntry(0, v.code(), id, v.version(), Action.DECENTRALIZED, null, VersionState.PUBLISHED,
					actor, now, null, legalBasis + " (run " + runId + "): " + v.levels()));
			history.add(new HistoryEntry(0, v.code(), id, v.version(), Action.PUBLISHED, VersionState.PUBLISHED,
					VersionState.PUBLISHED, actor, now, null, "in force from " + from));
			events.publishEvent(new ProcedurePublished(v.code(), id, v.version(), from, VersionOrigin.DECENTRALIZATION,
					actor, now));
		}
		versions.history(history);
		DecentralizationReport report = new DecentralizationReport(runId, true, from, legalBasis, moved, skipped,
				List.of());
		jdbc.sql("UPDATE procedures_decentralization SET report = :report::jsonb WHERE id = :id")
				.param("report", json.writeValueAsString(report)).param("id", runId).update();
		events.publishEvent(new ProceduresDecentralized(runId, from, legalBasis, moved.size(), actor, now));
		return report;
	}

	/** The reports of the mappings applied, newest first. */
	public List<DecentralizationReport> all() {
		return jdbc.sql("SELECT report::text FROM procedures_decentralization ORDER BY id DESC LIMIT 50")
				.query(String.class).list().stream().map(t -> json.readValue(t, DecentralizationReport.class)).toList();
	}

	static List<Row> parse(byte[] csv, List<Rejection> rejected) {
		List<Row> rows = new ArrayList<>();
		String text = new String(csv, StandardCharsets.UTF_8);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
		Set<String> seen = new HashSet<>();
		try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
			for (String column : List.of("code", "to_level")) {
				if (!parser.getHeaderNames().contains(column)) {
					rejected.add(new Rejection(FILE, 1, null, column, Reason.MISSING_COLUMN, column));
				}
			}
			if (!rejected.isEmpty()) {
				return rows;
			}
			for (CSVRecord record : parser) {
				long line = record.getRecordNumber() + 1;
				String code = record.get("code").strip();
				String to = record.get("to_level").strip();
				if (!CatalogueReader.CODE.matcher(code).matches()) {
					rejected.add(new Rejection(FILE, line, null, "code", code.isEmpty() ? Reason.MISSING_VALUE
							: Reason.INVALID_CODE, code));
					continue;
				}
				if (!seen.add(code)) {
					rejected.add(new Rejection(FILE, line, code, "code", Reason.DUPLICATE_CODE, code));
					continue;
				}
				Optional<ProcedureLevel> level = target(to);
				if (level.isEmpty()) {
					rejected.add(new Rejection(FILE, line, code, "to_level", Reason.INVALID_TARGET_LEVEL, to));
					continue;
				}
				rows.add(new Row(line, code, level.get()));
			}
		}
		catch (IOException | RuntimeException e) {
			rejected.add(new Rejection(FILE, 1, null, "-", Reason.UNREADABLE_FILE, String.valueOf(e.getMessage())));
		}
		if (rows.isEmpty() && rejected.isEmpty()) {
			rejected.add(new Rejection(FILE, 2, null, "code", Reason.MISSING_VALUE, ""));
		}
		return rows;
	}

	private static Optional<ProcedureLevel> target(String text) {
		Optional<ProcedureLevel> level = ProcedureLevel.ofLabel(text);
		if (level.isEmpty()) {
			try {
				level = Optional.of(ProcedureLevel.valueOf(text.toUpperCase(Locale.ROOT)));
			}
			catch (IllegalArgumentException e) {
				return Optional.empty();
			}
		}
		return level.filter(ProcedureLevel::provincial);
	}
}
