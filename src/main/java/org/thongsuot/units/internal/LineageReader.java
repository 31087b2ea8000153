package org.thongsuot.units.internal;

import static org.thongsuot.units.internal.ReferenceFiles.*;
import static org.thongsuot.units.internal.UnitListReader.LAST_DAY_BEFORE_REFORM;
import static org.thongsuot.units.internal.UnitListReader.REFORM;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thongsuot.units.Level;
import org.thongsuot.units.Relation;

/**
 * Reads the official conversion tables into lineage edges, all effective 2025-07-01:
 * <ul>
 * <li>provinces: MERGED becomes FULL (the whole old province went into the new one), UNCHANGED stays;</li>
 * <li>districts (abolished): an edge to each new commune that received part of it (FULL when there is
 * just one) and a FULL edge to its new province;</li>
 * <li>communes: the relation of the table, except that an old commune with several targets is PARTIAL
 * towards each of them (the table marks a few such rows FULL, e.g. "whole area, part of the population");
 * rows without an old commune code describe a district's territory (island districts become special
 * zones) and become district edges;</li>
 * <li>the supplement: communes abolished shortly before the reform and absent from the table. Those absent
 * from the pre-2025 list too become versions of their own, flagged {@code fromSupplement}; a supplement
 * row that corrects a mistyped old code of the table replaces the table's row.</li>
 * </ul>
 */
final class LineageReader {

	/**
	 * The pre-2025 lists are the state of 2025-03-01 (data/README.md): a commune absent from them was no longer
	 * in force then, so a supplement-only commune is given this day as its last, an upper bound.
	 */
	static final LocalDate SUPPLEMENT_LAST_DAY = LocalDate.of(2025, 2, 28);

	private static final Logger log = LoggerFactory.getLogger(LineageReader.class);

	private static final List<String> PROVINCE_COLUMNS = List.of("old_code", "new_code", "kind",
			"new_unit_formed_from_old_codes", "legal_basis");
	private static final List<String> DISTRICT_COLUMNS = List.of("old_district_code", "old_province_code",
			"new_province_code", "new_commune_count", "new_commune_codes");
	private static final List<String> WARD_COLUMNS = List.of("old_code", "old_name", "old_district_code",
			"old_province_code", "new_code", "new_province_code", "relation", "relation_note_vi", "old_targets_count",
			"old_code_in_pre2025_list");
	private static final List<String> SUPPLEMENT_COLUMNS = List.of("old_province_code", "old_code", "old_name",
			"new_code", "old_targets_count");

	private final ReferenceFiles files;
	private final DatasetBuilder data;
	private final Map<String, Integer> counts = new LinkedHashMap<>();

	LineageReader(ReferenceFiles files, DatasetBuilder data) {
		this.files = files;
		this.data = data;
	}

	Map<String, Integer> read() {
		provinces();
		districts();
		communes();
		requireEveryUnitLinked();
		return counts;
	}

	private void provinces() {
		Map<String, String> newOf = new HashMap<>();
		List<CsvTable.Row> rows = table(PROVINCE_MAPPING, PROVINCE_COLUMNS).rows();
		for (CsvTable.Row row : rows) {
			UnitVersion old = data.require(row, "old_code", Level.PROVINCE, LAST_DAY_BEFORE_REFORM);
			UnitVersion now = data.require(row, "new_code", Level.PROVINCE, REFORM);
			Relation relation = switch (row.required("kind")) {
				case "MERGED" -> Relation.FULL;
				case "UNCHANGED" -> Relation.UNCHANGED;
				default -> throw row.fail("'kind' is '" + row.get("kind") + "', expected MERGED or UNCHANGED");
			};
			newOf.put(old.code(), now.code());
			edge(row, old, now, relation, row.optional("legal_basis"), null);
		}
		for (CsvTable.Row row : rows) {
			for (String formedFrom : row.required("new_unit_formed_from_old_codes").split(";")) {
				if (!row.get("new_code").equals(newOf.get(formedFrom.strip()))) {
					throw row.fail("province " + row.get("new_code") + " is said to be formed from " + formedFrom
							+ ", which the table maps elsewhere");
				}
			}
		}
	}

	private void districts() {
		for (CsvTable.Row row : table(DISTRICT_MAPPING, DISTRICT_COLUMNS).rows()) {
			UnitVersion old = data.require(row, "old_district_code", Level.DISTRICT, LAST_DAY_BEFORE_REFORM);
			if (!old.provinceCode().equals(row.get("old_province_code"))) {
				throw row.fail("district " + old.code() + " belongs to province " + old.provinceCode() + ", not "
						+ row.get("old_province_code"));
			}
			UnitVersion province = data.require(row, "new_province_code", Level.PROVINCE, REFORM);
			String[] communes = row.required("new_commune_codes").split(";");
			if (communes.length != row.number("new_commune_count")) {
				throw row.fail("'new_commune_count' is " + row.get("new_commune_count") + " but "
						+ communes.length + " codes are listed");
			}
			Relation relation = communes.length == 1 ? Relation.FULL : Relation.PARTIAL;
			for (String code : communes) {
				UnitVersion commune = data.valid(Level.COMMUNE, code.strip(), REFORM)
						.orElseThrow(() -> row.fail("new commune " + code + " is not in " + WARDS_2025));
				if (!commune.provinceCode().equals(province.code())) {
					throw row.fail("new commune " + code + " is in province " + commune.provinceCode() + ", not "
							+ province.code());
				}
				edge(row, old, commune, relation, null, null);
			}
			edge(row, old, province, Relation.FULL, null, null);
		}
	}

	private void communes() {
		List<CsvTable.Row> supplement = table(WARD_SUPPLEMENT, SUPPLEMENT_COLUMNS).rows();
		List<CsvTable.Row> rows = withoutSuperseded(table(WARD_MAPPING, WARD_COLUMNS).rows(), supplement);
		Map<String, Set<String>> targets = new HashMap<>();
		for (CsvTable.Row row : rows) {
			if (!row.get("old_code").isEmpty()) {
				targets.computeIfAbsent(row.get("old_code"), k -> new HashSet<>()).add(row.get("new_code"));
			}
		}
		int countsDiffer = 0;
		for (CsvTable.Row row : rows) {
			UnitVersion now = data.require(row, "new_code", Level.COMMUNE, REFORM);
			if (!now.provinceCode().equals(row.get("new_province_code"))) {
				throw row.fail("new commune " + now.code() + " is in province " + now.provinceCode() + ", not "
						+ row.get("new_province_code"));
			}
			Relation relation = relation(row);
			String note = row.optional("relation_note_vi");
			if (row.get("old_code").isEmpty()) {
				districtTerritory(row, now, relation, note);
				continue;
			}
			UnitVersion old = oldCommune(row);
			int split = targets.get(old.code()).size();
			if (!row.get("old_targets_count").equals(String.valueOf(split))) {
				countsDiffer++;
			}
			edge(row, old, now, split > 1 ? Relation.PARTIAL : relation, null, note);
		}
		if (countsDiffer > 0) {
			log.info("{}: {} rows give an old_targets_count other than the rows' own count of targets"
					+ " (after the supplement's corrections); the rows were counted", WARD_MAPPING, countsDiffer);
		}
		for (CsvTable.Row row : supplement) {
			supplementRow(row);
		}
	}

	private Relation relation(CsvTable.Row row) {
		try {
			return Relation.valueOf(row.required("relation"));
		}
		catch (IllegalArgumentException e) {
			throw row.fail("'relation' is '" + row.get("relation") + "', not a known relation");
		}
	}

	/** The pre-2025 commune of a row; a row whose flag says it is not listed there describes a version of its own. */
	private UnitVersion oldCommune(CsvTable.Row row) {
		String code = row.code("old_code", Level.COMMUNE);
		boolean listed = data.valid(Level.COMMUNE, code, LAST_DAY_BEFORE_REFORM).isPresent();
		String flag = row.get("old_code_in_pre2025_list");
		if (flag.equals("N") && !listed) {
			UnitVersion district = data.require(row, "old_district_code", Level.DISTRICT, LAST_DAY_BEFORE_REFORM);
			return data.valid(Level.COMMUNE, code, SUPPLEMENT_LAST_DAY)
					.orElseGet(() -> tableOnlyCommune(row, code, district.code(), district.provinceCode()));
		}
		if (!flag.equals("Y") || !listed) {
			throw row.fail("old commune " + code + (listed ? " is" : " is not") + " in " + WARDS_PRE2025
					+ ", but 'old_code_in_pre2025_list' is '" + flag + "'");
		}
		UnitVersion old = data.require(row, "old_code", Level.COMMUNE, LAST_DAY_BEFORE_REFORM);
		if (!old.parentCode().equals(row.get("old_district_code")) || !old.provinceCode().equals(row.get("old_province_code"))) {
			throw row.fail("old commune " + code + " is in district " + old.parentCode() + ", province "
					+ old.provinceCode() + ", not " + row.get("old_district_code") + ", " + row.get("old_province_code"));
		}
		return old;
	}

	private UnitVersion tableOnlyCommune(CsvTable.Row row, String code, String district, String province) {
		String[] typeAndName = typeAndName(row, "old_name");
		counts.merge("communes known only from " + row.file(), 1, Integer::sum);
		return data.add(Level.COMMUNE, code, typeAndName[0], TypeCodes.of(Level.COMMUNE, typeAndName[0], row),
				typeAndName[1], row.required("old_name"), null, null, district, province, null, SUPPLEMENT_LAST_DAY,
				true, row);
	}

	/**
	 * A row without an old commune: the territory of a district that had no commune (island districts
	 * becoming special zones) or an area a district managed directly. It refines the district's edge.
	 */
	private void districtTerritory(CsvTable.Row row, UnitVersion now, Relation relation, String note) {
		UnitVersion district = data.require(row, "old_district_code", Level.DISTRICT, LAST_DAY_BEFORE_REFORM);
		String what = row.optional("old_name");
		String fullNote = what == null ? note : what + ": " + note;
		LineageEdge existing = data.edge(district.id(), now.id()).orElse(null);
		if (existing == null) {
			edge(row, district, now, relation, null, fullNote);
			return;
		}
		Relation refined = relation == Relation.DISTRICT_TO_SPECIAL_ZONE ? relation : existing.relation();
		data.putEdge(existing.with(refined, existing.note() == null ? fullNote : existing.note() + "; " + fullNote));
		counts.merge(row.file(), 1, Integer::sum);
	}

	private void supplementRow(CsvTable.Row row) {
		UnitVersion province = data.require(row, "old_province_code", Level.PROVINCE, LAST_DAY_BEFORE_REFORM);
		UnitVersion now = data.require(row, "new_code", Level.COMMUNE, REFORM);
		String code = row.code("old_code", Level.COMMUNE);
		UnitVersion old = data.valid(Level.COMMUNE, code, LAST_DAY_BEFORE_REFORM)
				.or(() -> data.valid(Level.COMMUNE, code, SUPPLEMENT_LAST_DAY))
				.orElseGet(() -> {
					String[] typeAndName = typeAndName(row, "old_name");
					counts.merge("communes known only from " + row.file(), 1, Integer::sum);
					return data.add(Level.COMMUNE, code, typeAndName[0],
							TypeCodes.of(Level.COMMUNE, typeAndName[0], row), typeAndName[1], row.required("old_name"),
							null, null, null, province.code(), null, SUPPLEMENT_LAST_DAY, true, row);
				});
		if (!old.provinceCode().equals(province.code())) {
			throw row.fail("old commune " + code + " is in province " + old.provinceCode() + ", not " + province.code());
		}
		if (data.edge(old.id(), now.id()).isEmpty()) {
			Relation relation = row.number("old_targets_count") == 1 ? Relation.FULL : Relation.PARTIAL;
			edge(row, old, now, relation, null, null);
		}
	}

	/**
	 * The conversion table has a few rows whose old code belongs to another commune (old name "Xã Mỹ Hưng"
	 * under the code of Xã Hồng Quang). When the supplement gives the same old name and target under the
	 * code that the pre-2025 list has for that name, the supplement is the correction and the row is dropped.
	 */
	private List<CsvTable.Row> withoutSuperseded(List<CsvTable.Row> rows, List<CsvTable.Row> supplement) {
		List<CsvTable.Row> kept = new ArrayList<>(rows.size());
		for (CsvTable.Row row : rows) {
			CsvTable.Row correction = row.get("old_code").isEmpty() ? null : supplement.stream()
					.filter(s -> s.get("new_code").equals(row.get("new_code"))
							&& s.get("old_province_code").equals(row.get("old_province_code"))
							&& sameName(s.get("old_name"), row.get("old_name"))
							&& !s.get("old_code").equals(row.get("old_code"))
							&& listedAs(s.get("old_code"), row.get("old_name"))
							&& !listedAs(row.get("old_code"), row.get("old_name")))
					.findFirst().orElse(null);
			if (correction == null) {
				kept.add(row);
			}
			else {
				log.info("{} line {}: old code {} ({}) is listed as another commune; {} line {} gives {}, used instead",
						row.file(), row.line(), row.get("old_code"), row.get("old_name"), correction.file(),
						correction.line(), correction.get("old_code"));
				counts.merge(row.file() + " rows superseded by the supplement", 1, Integer::sum);
			}
		}
		return kept;
	}

	private boolean listedAs(String code, String fullName) {
		return data.valid(Level.COMMUNE, code, LAST_DAY_BEFORE_REFORM)
				.filter(v -> sameName(v.fullName(), fullName))
				.isPresent();
	}

	private static boolean sameName(String a, String b) {
		return VietnameseText.toneKey(a).equals(VietnameseText.toneKey(b));
	}

	/** "Xã Mỹ Lâm" to {"xã", "Mỹ Lâm"}: the lists' commune types, longest first. */
	private static String[] typeAndName(CsvTable.Row row, String column) {
		String fullName = row.required(column);
		for (String type : List.of("Thị trấn", "Đặc khu", "Phường", "Xã")) {
			if (fullName.startsWith(type + " ")) {
				return new String[] { type.toLowerCase(java.util.Locale.ROOT), fullName.substring(type.length()).strip() };
			}
		}
		throw row.fail("'" + column + "' is '" + fullName + "', which does not begin with a commune type");
	}

	/** Every pre-2025 unit must lead somewhere and every new unit come from somewhere. */
	private void requireEveryUnitLinked() {
		Set<Long> from = new HashSet<>();
		Set<Long> to = new HashSet<>();
		data.edges().forEach(e -> {
			from.add(e.fromId());
			to.add(e.toId());
		});
		data.all().filter(v -> v.validOn(LAST_DAY_BEFORE_REFORM) && !from.contains(v.id())).findFirst()
				.ifPresent(v -> {
					throw unlinked(v, "successor");
				});
		data.all().filter(v -> v.validOn(REFORM) && !to.contains(v.id())).findFirst()
				.ifPresent(v -> {
					throw unlinked(v, "predecessor");
				});
	}

	private static ReferenceDataException unlinked(UnitVersion version, String what) {
		String table = switch (version.level()) {
			case PROVINCE -> PROVINCE_MAPPING;
			case DISTRICT -> DISTRICT_MAPPING;
			case COMMUNE -> WARD_MAPPING + " (or " + WARD_SUPPLEMENT + ")";
		};
		return new ReferenceDataException("Units reference data: " + version.level().name().toLowerCase() + " "
				+ version.code() + " (" + version.origin() + ") has no " + what + " in " + table
				+ "; is the file complete?");
	}

	private void edge(CsvTable.Row row, UnitVersion from, UnitVersion to, Relation relation, String legalBasis,
			String note) {
		if (data.edge(from.id(), to.id()).isPresent()) {
			throw row.fail(from.level().name().toLowerCase() + " " + from.code() + " → " + to.code()
					+ " is listed twice");
		}
		data.putEdge(new LineageEdge(from.id(), to.id(), relation, REFORM, legalBasis, note, row.file()));
		counts.merge(row.file(), 1, Integer::sum);
	}

	private CsvTable table(String name, List<String> columns) {
		return CsvTable.parse(name, files.get(name), columns);
	}
}
