package org.thongsuot.units.internal.agencies;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.thongsuot.units.Agency;
import org.thongsuot.units.AgencyCodesImported;
import org.thongsuot.units.AgencyImportError;
import org.thongsuot.units.AgencyImportRejected;
import org.thongsuot.units.AgencyImportSummary;
import org.thongsuot.units.AgencyKind;
import org.thongsuot.platform.ApiException;
import org.thongsuot.units.Level;
import org.thongsuot.units.Lineage;
import org.thongsuot.units.Relation;
import org.thongsuot.units.Unit;
import org.thongsuot.units.Units;
import org.thongsuot.units.internal.agencies.CodeListCheck.Checked;

/**
 * Imports a province's published list of electronic identification codes: every row is checked first
 * ({@link CodeListCheck}); one bad row refuses the whole file and nothing is saved. An accepted file is
 * applied in the caller's transaction: People's Committees (matched by unit and kind) get their codes,
 * other agencies are matched by code or created. Imports run one at a time (a transaction-scoped
 * advisory lock), and the same file imported twice changes nothing the second time.
 */
@Component
public class AgencyImport {

	/** The columns a code list may have; code, name, unit_level, unit_code and kind are required. */
	public static final List<String> COLUMNS = CodeListFile.COLUMNS;

	/** Key of the advisory lock that serialises imports across nodes. */
	static final long LOCK = 0x75_6e_69_74_61_67_63_79L;

	private final AgencyRepository agencies;
	private final Units units;
	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final AgenciesProperties properties;

	AgencyImport(AgencyRepository agencies, Units units, JdbcClient jdbc, ApplicationEventPublisher events,
			AgenciesProperties properties) {
		this.agencies = agencies;
		this.units = units;
		this.jdbc = jdbc;
		this.events = events;
		this.properties = properties;
	}

	private enum Outcome {
		ASSIGNED, CREATED, UPDATED, UNCHANGED
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public AgencyImportSummary run(byte[] content, String fileName, String importedBy) {
		jdbc.sql("SELECT pg_advisory_xact_lock(:key)").param("key", LOCK).query().singleValue();
		CodeListFile.Parsed parsed = CodeListFile.parse(content, properties.importMaxRows());
		if (!parsed.errors().isEmpty()) {
			throw new AgencyImportRejected(parsed.errors());
		}
		LocalDate today = units.today();
		CodeListCheck check = new CodeListCheck(registry(), today);
		List<Checked> rows = check.check(parsed.rows());
		if (!check.errors().isEmpty()) {
			throw new AgencyImportRejected(sorted(check.errors()));
		}
		Map<Outcome, Integer> counts = new HashMap<>();
		for (Checked row : applyOrder(rows)) {
			Outcome outcome = row.kind() == AgencyKind.PEOPLES_COMMITTEE ? applyCommittee(row, today)
					: applyOther(row, today);
			counts.merge(outcome, 1, Integer::sum);
		}
		String sha256 = sha256(content);
		AgencyImportSummary draft = new AgencyImportSummary(0, rows.size(), counts.getOrDefault(Outcome.ASSIGNED, 0),
				counts.getOrDefault(Outcome.CREATED, 0), counts.getOrDefault(Outcome.UPDATED, 0),
				counts.getOrDefault(Outcome.UNCHANGED, 0));
		long importId = jdbc.sql("""
				INSERT INTO units_agency_import (imported_by, file_name, sha256, rows, assigned, created, updated, unchanged)
				VALUES (:by, :file, :sha, :rows, :assigned, :created, :updated, :unchanged) RETURNING id""")
				.param("by", importedBy)
				.param("file", fileName)
				.param("sha", sha256)
				.param("rows", draft.rows())
				.param("assigned", draft.assigned())
				.param("created", draft.created())
				.param("updated", draft.updated())
				.param("unchanged", draft.unchanged())
				.query(Long.class)
				.single();
		AgencyImportSummary summary = new AgencyImportSummary(importId, draft.rows(), draft.assigned(), draft.created(),
				draft.updated(), draft.unchanged());
		events.publishEvent(new AgencyCodesImported(importId, importedBy, sha256, summary, Instant.now()));
		return summary;
	}

	private Outcome applyCommittee(Checked row, LocalDate today) {
		LocalDate day = row.day(today);
		Optional<Agency> found = agencies.committee(row.unit().level(), row.unit().code(), day);
		if (found.isEmpty()) {
			Long parent = parentCommittee(row.unit(), day);
			long id = agencies.insert(row.code(), row.name(), row.nameEn(), row.unit().level(), row.unit().code(),
					AgencyKind.PEOPLES_COMMITTEE, parent, row.unit().validFrom(), row.unit().validTo(), "IMPORT");
			return Outcome.CREATED;
		}
		Agency committee = found.get();
		String nameEn = row.nameEn() != null ? row.nameEn() : committee.nameEn();
		if (row.code().equals(committee.code()) && row.name().equals(committee.name())
				&& Objects.equals(nameEn, committee.nameEn())) {
			return Outcome.UNCHANGED;
		}
		agencies.update(committee.id(), row.code(), row.name(), nameEn, committee.parentId(), committee.validFrom(),
				committee.validTo());
		return committee.code() == null ? Outcome.ASSIGNED : Outcome.UPDATED;
	}

	private Outcome applyOther(Checked row, LocalDate today) {
		LocalDate day = row.day(today);
		// A parent listed in the file is applied before its children, so it is on record by now.
		Long parent = row.parentCode() != null
				? agencies.byCode(row.parentCode().value(), day).map(Agency::id).orElseThrow()
				: agencies.committee(row.unit().level(), row.unit().code(), day).map(Agency::id).orElse(null);
		LocalDate from = row.from();
		LocalDate to = row.to();
		Agency self = row.asAgency();
		// The same agency if the code is on record for it in this period (the check refused any other).
		Optional<Agency> found = agencies.byCode(row.code().value()).stream()
				.filter(a -> CodeListCheck.overlap(a, self)).findFirst();
		if (found.isEmpty()) {
			// An agency registered by hand before the list came (Agencies.register, no code yet), of the same
			// unit, kind and name in this period, is the one the row names: it gets the code, not a twin.
			Optional<Agency> registered = agencies.sameName(row.unit().level(), row.unit().code(), row.kind(),
					row.name(), from, to).filter(a -> a.code() == null);
			if (registered.isPresent()) {
				String nameEn = row.nameEn() != null ? row.nameEn() : registered.get().nameEn();
				agencies.update(registered.get().id(), row.code(), row.name(), nameEn, parent, from, to);
				return Outcome.ASSIGNED;
			}
			agencies.insert(row.code(), row.name(), row.nameEn(), row.unit().level(), row.unit().code(), row.kind(),
					parent, from, to, "IMPORT");
			return Outcome.CREATED;
		}
		Agency agency = found.get();
		String nameEn = row.nameEn() != null ? row.nameEn() : agency.nameEn();
		if (row.name().equals(agency.name()) && Objects.equals(nameEn, agency.nameEn())
				&& Objects.equals(parent, agency.parentId()) && Objects.equals(from, agency.validFrom())
				&& Objects.equals(to, agency.validTo())) {
			return Outcome.UNCHANGED;
		}
		agencies.update(agency.id(), row.code(), row.name(), nameEn, parent, from, to);
		return Outcome.UPDATED;
	}

	/** The committee of the unit's parent (a commune's district before 2025-07-01, else its province). */
	private Long parentCommittee(Unit unit, LocalDate day) {
		if (unit.parentCode() == null) {
			return null;
		}
		Level level = unit.parentCode().length() == Level.DISTRICT.codeLength() ? Level.DISTRICT : Level.PROVINCE;
		return agencies.committee(level, unit.parentCode(), day).map(Agency::id).orElse(null);
	}

	/** Committees first (provinces before districts before communes), then each agency after its parents. */
	private static List<Checked> applyOrder(List<Checked> rows) {
		List<Checked> ordered = new ArrayList<>(rows.stream()
				.filter(r -> r.kind() == AgencyKind.PEOPLES_COMMITTEE)
				.sorted(Comparator.comparing(r -> r.unit().level()))
				.toList());
		List<Checked> others = rows.stream().filter(r -> r.kind() != AgencyKind.PEOPLES_COMMITTEE).toList();
		Set<Checked> placed = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Checked row : others) {
			place(row, others, placed, ordered);
		}
		return ordered;
	}

	/** Adds the row after every row of the file that carries its parent's code (the check refused cycles). */
	private static void place(Checked row, List<Checked> others, Set<Checked> placed, List<Checked> ordered) {
		if (!placed.add(row)) {
			return;
		}
		if (row.parentCode() != null) {
			others.stream().filter(parent -> parent.code().equals(row.parentCode()))
					.forEach(parent -> place(parent, others, placed, ordered));
		}
		ordered.add(row);
	}

	private CodeListCheck.Registry registry() {
		return new CodeListCheck.Registry() {

			@Override
			public List<Unit> versions(Level level, String code) {
				return units.versions(level, code);
			}

			@Override
			public List<Agency> byCode(String code) {
				return agencies.byCode(code);
			}

			@Override
			public Optional<Agency> committee(Level level, String unitCode, LocalDate day) {
				return agencies.committee(level, unitCode, day);
			}

			@Override
			public List<Unit> predecessors(Level level, String code, LocalDate day) {
				return units.predecessors(level, code, day, null).stream().map(Lineage::unit).toList();
			}

			@Override
			public boolean succeeds(Agency older, Level level, String code, LocalDate day) {
				LocalDate asOf = older.someDay(day);
				if (asOf.isAfter(day)) {
					return false;
				}
				try {
					return units.successors(older.unit().level(), older.unit().code(), asOf, day).stream()
							.anyMatch(l -> l.unit().level() == level && l.unit().code().equals(code)
									&& l.relation() != Relation.PARTIAL);
				}
				catch (ApiException notOnRecord) {
					return false;
				}
			}
		};
	}

	private static List<AgencyImportError> sorted(List<AgencyImportError> errors) {
		return errors.stream().sorted(Comparator.comparingInt(AgencyImportError::row)).toList();
	}

	private static String sha256(byte[] content) {
		try {
			return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is always available", e);
		}
	}
}
