package org.thongsuot.procedures.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thongsuot.procedures.CatalogueFiles;
import org.thongsuot.procedures.CatalogueImported;
import org.thongsuot.procedures.HistoryEntry;
import org.thongsuot.procedures.HistoryEntry.Action;
import org.thongsuot.procedures.ImportReport;
import org.thongsuot.procedures.ProcedureLevel;
import org.thongsuot.procedures.ProcedurePublished;
import org.thongsuot.procedures.ProcedureVersion;
import org.thongsuot.procedures.ProvinceConfiguration;
import org.thongsuot.procedures.Rejection;
import org.thongsuot.procedures.VersionOrigin;
import org.thongsuot.procedures.VersionState;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports the national catalogue: all or nothing, in one transaction. A procedure new to the catalogue
 * gets version 1, published from the effective date; one whose national record changed gets a new
 * version (published, or a draft when the province's configuration no longer fits the new record), the
 * previous version ending that day; an unchanged one gets nothing, so importing the same files twice
 * changes nothing. History is never overwritten.
 */
@Service
public class CatalogueImport {

	private final VersionRepository versions;
	private final JdbcClient jdbc;
	private final JsonMapper json;
	private final ApplicationEventPublisher events;

	CatalogueImport(VersionRepository versions, JdbcClient jdbc, JsonMapper json, ApplicationEventPublisher events) {
		this.versions = versions;
		this.jdbc = jdbc;
		this.json = json;
		this.events = events;
	}

	/** Reads and checks the files without saving anything. */
	public CatalogueReader.Result read(CatalogueFiles files) {
		return new CatalogueReader(json).read(files);
	}

	/**
	 * Imports the files (or, with {@code save} false, reports what an import would do). A report with
	 * rejections saved nothing.
	 */
	@Transactional
	public ImportReport run(CatalogueFiles files, LocalDate effectiveFrom, String actor, Instant now, boolean save) {
		long started = System.nanoTime();
		CatalogueReader.Result read = read(files);
		if (!read.rejections().isEmpty()) {
			return report(null, false, files, effectiveFrom, read, List.of(), List.of(), List.of(), 0, read.rejections(),
					started);
		}
		jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('procedures_catalogue'))").query(rs -> {
		});
		Map<String, VersionRepository.Known> known = versions.known();
		List<NationalRecord> added = new ArrayList<>();
		List<NationalRecord> changed = new ArrayList<>();
		int unchanged = 0;
		for (NationalRecord record : read.records()) {
			VersionRepository.Known k = known.get(record.code());
			if (k == null) {
				added.add(record);
			}
			else if (k.nationalHash().equals(record.hash())) {
				unchanged++;
			}
			else {
				changed.add(record);
			}
		}
		Map<String, ProcedureVersion> latest = versions.latestOf(changed.stream().map(NationalRecord::code).toList());
		List<Rejection> conflicts = new ArrayList<>();
		for (NationalRecord record : changed) {
			ProcedureVersion last = latest.get(record.code());
			if (last != null && last.validFrom() != null && last.validFrom().isAfter(effectiveFrom)) {
				conflicts.add(new Rejection(CatalogueFiles.PROCEDURES, record.line(), record.code(), "code",
						Rejection.Reason.SCHEDULED_LATER, record.code()));
			}
		}
		List<String> published = new ArrayList<>();
		List<String> drafted = new ArrayList<>();
		for (NationalRecord record : changed) {
			ProcedureVersion last = latest.get(record.code());
			if (last != null && last.configuration() != null && !fits(last.configuration(), record)) {
				drafted.add(record.code());
			}
			else {
				published.add(record.code());
			}
		}
		if (!conflicts.isEmpty() || !save) {
			return report(null, false, files, effectiveFrom, read, codes(added), published, drafted, unchanged, conflicts,
					started);
		}

		long importId = jdbc.sql("""
				INSERT INTO procedures_import (source, checksum, effective_from, actor, started_at, finished_at, added,
				  changed, unchanged, drafted, report)
				VALUES (:source, :checksum, :from, :actor, :now, :now, 0, 0, 0, 0, '{}'::jsonb) RETURNING id""")
				.param("source", files.source()).param("checksum", read.checksum()).param("from", effectiveFrom)
				.param("actor", actor).param("now", Timestamp.from(now)).query(Long.class).single();

		List<VersionRepository.NewVersion> fresh = new ArrayList<>();
		List<HistoryEntry> history = new ArrayList<>();
		List<Object[]> procedures = new ArrayList<>();
		List<VersionRepository.NewVersion> rebasedDrafts = new ArrayList<>();
		for (NationalRecord record : added) {
			fresh.add(new VersionRepository.NewVersion(record.code(), 1, VersionState.PUBLISHED, effectiveFrom,
					VersionOrigin.IMPORT, importId, record, record.levels(), null, null, now, actor));
			procedures.add(new Object[] { record.code(), record.hash(), 1, Timestamp.from(now) });
		}
		for (NationalRecord record : changed) {
			ProcedureVersion last = latest.get(record.code());
			int number = known.get(record.code()).lastVersion() + 1;
			ProvinceConfiguration configuration = last == null ? null : last.configuration();
			boolean draft = drafted.contains(record.code());
			java.util.Optional<ProcedureVersion> oldDraft = versions.draft(record.code());
			oldDraft.ifPresent(old -> {
				versions.deleteDraft(old.id());
				history.add(entry(record.code(), old.id(), old.version(), Action.DRAFT_DISCARDED, VersionState.DRAFT, null,
						actor, now, importId, "rebased on the new national record"));
			});
			ProvinceConfiguration draftConfiguration = oldDraft.map(ProcedureVersion::configuration).orElse(null);
			if (!draft) {
				versions.close(record.code(), effectiveFrom).ifPresent(id -> history.add(entry(record.code(), id,
						last == null ? null : last.version(), Action.SUPERSEDED, VersionState.PUBLISHED,
						VersionState.PUBLISHED, actor, now, importId, "ends " + effectiveFrom)));
			}
			else if (draftConfiguration != null) {
				configuration = draftConfiguration;
			}
			List<ProcedureLevel> levels = configuration == null ? record.levels() : List.of(configuration.level());
			fresh.add(new VersionRepository.NewVersion(record.code(), number, draft ? VersionState.DRAFT
					: VersionState.PUBLISHED, draft ? null : effectiveFrom, VersionOrigin.IMPORT, importId, record,
					levels, configuration, draft ? "the configuration no longer fits the national record" : null, now,
					actor));
			if (!draft && draftConfiguration != null) {
				// the administrator's draft goes on, on top of the new national record
				number++;
				rebasedDrafts.add(new VersionRepository.NewVersion(record.code(), number, VersionState.DRAFT, null,
						VersionOrigin.CONFIGURATION, importId, record, List.of(draftConfiguration.level()),
						draftConfiguration, "rebased on the national record of import " + importId, now, actor));
			}
			procedures.add(new Object[] { record.code(), record.hash(), number, Timestamp.from(now) });
		}
		versions.upsertProcedures(procedures);
		Map<String, Long> ids = versions.insert(fresh);
		Map<String, Long> draftIds = versions.insert(rebasedDrafts);
		rebasedDrafts.forEach(d -> history.add(entry(d.code(), draftIds.get(d.code()), d.version(), Action.CONFIGURED,
				null, VersionState.DRAFT, actor, now, importId, d.note())));
		for (VersionRepository.NewVersion v : fresh) {
			long id = ids.get(v.code());
			boolean isNew = v.version() == 1 && added.stream().anyMatch(r -> r.code().equals(v.code()));
			history.add(entry(v.code(), id, v.version(), isNew ? Action.IMPORTED : Action.CHANGED_BY_IMPORT, null,
					v.state(), actor, now, importId, null));
			if (v.state() == VersionState.PUBLISHED) {
				history.add(entry(v.code(), id, v.version(), Action.PUBLISHED, v.state(), v.state(), actor, now, importId,
						"in force from " + effectiveFrom));
				events.publishEvent(new ProcedurePublished(v.code(), id, v.version(), effectiveFrom, VersionOrigin.IMPORT,
						actor, now));
			}
		}
		versions.history(history);
		ImportReport report = report(importId, true, files, effectiveFrom, read, codes(added), published, drafted,
				unchanged, List.of(), started);
		jdbc.sql("""
				UPDATE procedures_import SET finished_at = :at, added = :added, changed = :changed, unchanged = :unchanged,
				  drafted = :drafted, report = :report::jsonb WHERE id = :id""")
				.param("at", Timestamp.from(Instant.now())).param("added", added.size())
				.param("changed", published.size()).param("unchanged", unchanged).param("drafted", drafted.size())
				.param("report", json.writeValueAsString(report)).param("id", importId).update();
		events.publishEvent(new CatalogueImported(importId, files.source(), effectiveFrom, added.size(), published.size(),
				drafted.size(), unchanged, actor, now));
		return report;
	}

	/** Whether a configuration still keeps the rules against a new national record. */
	private static boolean fits(ProvinceConfiguration configuration, NationalRecord record) {
		return ConfigurationRules.check(configuration, record.time(), record.parsed().channels()).isEmpty();
	}

	private static List<String> codes(List<NationalRecord> records) {
		return records.stream().map(NationalRecord::code).toList();
	}

	private static HistoryEntry entry(String code, Long versionId, Integer version, Action action, VersionState from,
			VersionState to, String actor, Instant at, Long importId, String detail) {
		return new HistoryEntry(0, code, versionId, version, action, from, to, actor, at, importId, detail);
	}

	private static ImportReport report(Long id, boolean saved, CatalogueFiles files, LocalDate effectiveFrom,
			CatalogueReader.Result read, List<String> added, List<String> changed, List<String> drafted, int unchanged,
			List<Rejection> rejected, long started) {
		List<String> district = read.records().stream()
				.filter(r -> r.levels().contains(ProcedureLevel.DISTRICT)).map(NationalRecord::code).toList();
		int unparsed = (int) read.records().stream().filter(r -> !r.time().parsed()).count();
		return new ImportReport(id, saved, files.source(), effectiveFrom, read.records().size(), added, changed, drafted,
				unchanged, district, unparsed, rejected, (System.nanoTime() - started) / 1_000_000);
	}

	/** The last saved import's report, if any. */
	public java.util.Optional<ImportReport> last() {
		return jdbc.sql("SELECT report::text FROM procedures_import ORDER BY id DESC LIMIT 1").query(String.class)
				.optional().map(text -> json.readValue(text, ImportReport.class));
	}

	/** Whether files with this checksum were imported already. */
	boolean imported(String checksum) {
		return jdbc.sql("SELECT count(*) FROM procedures_import WHERE checksum = :c").param("c", checksum)
				.query(Long.class).single() > 0;
	}

	/** The reports of the saved imports, newest first. */
	public List<ImportReport> all() {
		return jdbc.sql("SELECT report::text FROM procedures_import ORDER BY id DESC LIMIT 50").query(String.class).list()
				.stream().map(text -> json.readValue(text, ImportReport.class)).toList();
	}
}
