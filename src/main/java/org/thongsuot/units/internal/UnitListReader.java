package org.thongsuot.units.internal;

import static org.thongsuot.units.internal.ReferenceFiles.*;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.thongsuot.units.Level;
import org.thongsuot.units.Relation;

/**
 * Reads the unit lists into versions: the pre-2025 provinces, districts and communes (in force until
 * 2025-06-30), the units from 2025-07-01, the later changes (each closes a version and opens the next),
 * and checks that the result is exactly the "current" lists.
 */
final class UnitListReader {

	static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
	static final LocalDate LAST_DAY_BEFORE_REFORM = REFORM.minusDays(1);

	private static final List<String> PROVINCE_PRE_COLUMNS = List.of("code", "name", "full_name", "type", "type_code",
			"name_en", "full_name_en");
	private static final List<String> DISTRICT_COLUMNS = List.of("code", "name", "full_name", "type", "type_code",
			"province_code", "name_en", "full_name_en");
	private static final List<String> WARD_PRE_COLUMNS = List.of("code", "name", "full_name", "type", "type_code",
			"district_code", "province_code", "name_en", "full_name_en");
	private static final List<String> PROVINCE_COLUMNS = PROVINCE_PRE_COLUMNS;
	private static final List<String> WARD_COLUMNS = DISTRICT_COLUMNS;
	private static final List<String> CHANGE_COLUMNS = List.of("effective_date", "level", "code", "field", "before",
			"after", "legal_basis");

	private final ReferenceFiles files;
	private final DatasetBuilder data;
	private final Map<String, Integer> counts = new LinkedHashMap<>();

	UnitListReader(ReferenceFiles files, DatasetBuilder data) {
		this.files = files;
		this.data = data;
	}

	Map<String, Integer> read() {
		for (CsvTable.Row row : table(PROVINCES_PRE2025, PROVINCE_PRE_COLUMNS).rows()) {
			String code = row.code("code", Level.PROVINCE);
			add(Level.PROVINCE, code, null, code, null, LAST_DAY_BEFORE_REFORM, row);
		}
		for (CsvTable.Row row : table(DISTRICTS_PRE2025, DISTRICT_COLUMNS).rows()) {
			UnitVersion province = data.require(row, "province_code", Level.PROVINCE, LAST_DAY_BEFORE_REFORM);
			add(Level.DISTRICT, row.code("code", Level.DISTRICT), province.code(), province.code(), null,
					LAST_DAY_BEFORE_REFORM, row);
		}
		for (CsvTable.Row row : table(WARDS_PRE2025, WARD_PRE_COLUMNS).rows()) {
			UnitVersion district = data.require(row, "district_code", Level.DISTRICT, LAST_DAY_BEFORE_REFORM);
			if (!district.provinceCode().equals(row.get("province_code"))) {
				throw row.fail("district " + district.code() + " belongs to province " + district.provinceCode()
						+ ", not " + row.get("province_code"));
			}
			add(Level.COMMUNE, row.code("code", Level.COMMUNE), district.code(), district.provinceCode(), null,
					LAST_DAY_BEFORE_REFORM, row);
		}
		for (CsvTable.Row row : table(PROVINCES_2025, PROVINCE_COLUMNS).rows()) {
			String code = row.code("code", Level.PROVINCE);
			add(Level.PROVINCE, code, null, code, REFORM, null, row);
		}
		for (CsvTable.Row row : table(WARDS_2025, WARD_COLUMNS).rows()) {
			UnitVersion province = data.require(row, "province_code", Level.PROVINCE, REFORM);
			add(Level.COMMUNE, row.code("code", Level.COMMUNE), province.code(), province.code(), REFORM, null, row);
		}
		applyChanges();
		reconcile(table(PROVINCES_CURRENT, PROVINCE_COLUMNS), Level.PROVINCE);
		reconcile(table(WARDS_CURRENT, WARD_COLUMNS), Level.COMMUNE);
		return counts;
	}

	private void add(Level level, String code, String parent, String province, LocalDate from, LocalDate to,
			CsvTable.Row row) {
		data.add(level, code, row.required("type"), row.required("type_code"), row.required("name"),
				row.required("full_name"), row.optional("name_en"), row.optional("full_name_en"), parent, province,
				from, to, false, row);
		counts.merge(row.file(), 1, Integer::sum);
	}

	/**
	 * Each change closes the version in force the day before and opens a new one; rows of the same unit and
	 * day are one change. The new version's English names and type code come from the current lists (see
	 * {@link #reconcile}).
	 */
	private void applyChanges() {
		List<CsvTable.Row> rows = table(CHANGES, CHANGE_COLUMNS).rows().stream()
				.sorted(Comparator.comparing((CsvTable.Row r) -> r.date("effective_date")))
				.toList();
		for (CsvTable.Row row : rows) {
			LocalDate effective = row.date("effective_date");
			Level level = switch (row.required("level")) {
				case "province" -> Level.PROVINCE;
				case "commune" -> Level.COMMUNE;
				default -> throw row.fail("'level' is '" + row.get("level") + "', expected province or commune");
			};
			UnitVersion before = data.require(row, "code", level, effective.minusDays(1));
			if (before.validFrom() != null && !before.validFrom().isBefore(effective)) {
				throw row.fail("the change takes effect on the first day of the version it changes");
			}
			String[] after = typeAndFullName(row, "after");
			String[] expected = typeAndFullName(row, "before");
			String field = row.required("field");
			Relation relation;
			String type = before.type();
			String name = before.name();
			if (field.equals("type")) {
				relation = Relation.RETYPED;
				type = after[0];
			}
			else if (field.equals("name")) {
				relation = Relation.RENAMED;
				name = after[1].substring(after[0].length()).strip();
			}
			else {
				throw row.fail("'field' is '" + field + "', expected type or name");
			}
			if (!before.type().equals(expected[0]) || !before.fullName().equals(expected[1])) {
				throw row.fail("'before' is '" + row.get("before") + "', but the unit is " + before.type() + " | "
						+ before.fullName() + " on " + effective.minusDays(1));
			}
			data.replace(before.endingOn(effective.minusDays(1)));
			UnitVersion next = data.add(level, before.code(), type, TypeCodes.of(level, type, row), name, after[1],
					before.nameEn(), null, before.parentCode(), before.provinceCode(), effective, before.validTo(),
					false, row);
			data.putEdge(new LineageEdge(before.id(), next.id(), relation, effective, row.optional("legal_basis"),
					row.get("before") + " → " + row.get("after"), CHANGES));
			counts.merge(CHANGES, 1, Integer::sum);
		}
	}

	/** "xã | Xã Lộc Ninh" to {"xã", "Xã Lộc Ninh"}. */
	private static String[] typeAndFullName(CsvTable.Row row, String column) {
		String[] parts = row.required(column).split("\\|");
		if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
			throw row.fail("'" + column + "' is '" + row.get(column) + "', expected 'type | full name'");
		}
		return new String[] { parts[0].strip(), parts[1].strip() };
	}

	/**
	 * The units in force now must be exactly those of the current lists: the same codes, types, names and
	 * provinces. Versions opened by a change take their type code and English names from these lists.
	 */
	private void reconcile(CsvTable current, Level level) {
		Set<String> listed = new HashSet<>();
		for (CsvTable.Row row : current.rows()) {
			String code = row.code("code", level);
			listed.add(code);
			UnitVersion now = data.latest(level, code).filter(v -> v.validTo() == null).orElseThrow(
					() -> row.fail(level.name().toLowerCase() + " " + code + " is not in force after the changes"));
			String province = level == Level.PROVINCE ? code : row.required("province_code");
			if (!now.type().equals(row.required("type")) || !now.name().equals(row.required("name"))
					|| !now.fullName().equals(row.required("full_name")) || !now.provinceCode().equals(province)) {
				throw row.fail(level.name().toLowerCase() + " " + code + " is " + now.fullName() + " (" + now.type()
						+ ") after applying " + CHANGES + ", but this list says " + row.get("full_name"));
			}
			if (now.validFrom() != null && now.validFrom().isAfter(REFORM)) {
				data.replace(now.withEnglish(row.required("type_code"), row.optional("name_en"),
						row.optional("full_name_en")));
			}
		}
		long inForce = data.all(level).filter(v -> v.validTo() == null).count();
		if (inForce != listed.size()) {
			throw new ReferenceDataException("Units reference data: " + current.file() + " lists " + listed.size()
					+ " " + level.name().toLowerCase() + " codes, but " + inForce + " are in force after the changes");
		}
	}

	private CsvTable table(String name, List<String> columns) {
		return CsvTable.parse(name, files.get(name), columns);
	}
}
