package org.thongsuot.units.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.thongsuot.units.Level;

/**
 * Collects unit versions and lineage edges while the files are read, refusing what the database would
 * refuse (overlapping versions, a second edge between the same versions) at the file and line that
 * caused it.
 */
final class DatasetBuilder {

	private long nextId = 1;
	private final Map<String, List<UnitVersion>> versions = new LinkedHashMap<>();
	private final Map<String, LineageEdge> edges = new LinkedHashMap<>();

	UnitVersion add(Level level, String code, String type, String typeCode, String name, String fullName,
			String nameEn, String fullNameEn, String parentCode, String provinceCode, LocalDate validFrom,
			LocalDate validTo, boolean fromSupplement, CsvTable.Row row) {
		UnitVersion version = new UnitVersion(nextId++, level, code, type, typeCode, name, fullName, nameEn,
				fullNameEn, parentCode, provinceCode, validFrom, validTo, fromSupplement,
				row.file() + " line " + row.line());
		List<UnitVersion> ofCode = versions.computeIfAbsent(key(level, code), k -> new ArrayList<>());
		for (UnitVersion existing : ofCode) {
			if (existing.overlaps(version)) {
				throw row.fail(level.name().toLowerCase() + " " + code + " is already listed (" + existing.origin()
						+ ") for an overlapping period");
			}
		}
		ofCode.add(version);
		return version;
	}

	/** Puts a changed copy of a version in place of the version with the same id. */
	void replace(UnitVersion changed) {
		List<UnitVersion> ofCode = versions.get(key(changed.level(), changed.code()));
		ofCode.replaceAll(v -> v.id() == changed.id() ? changed : v);
	}

	Optional<UnitVersion> valid(Level level, String code, LocalDate day) {
		return versions.getOrDefault(key(level, code), List.of()).stream().filter(v -> v.validOn(day)).findFirst();
	}

	/** The version of the code in the row's column valid on the day; a dangling code fails at that row. */
	UnitVersion require(CsvTable.Row row, String column, Level level, LocalDate day) {
		String code = row.code(column, level);
		return valid(level, code, day).orElseThrow(() -> row.fail("'" + column + "' is " + code + ", but no "
				+ level.name().toLowerCase() + " " + code + " is listed for " + day));
	}

	/** The latest version of the code, if it has any. */
	Optional<UnitVersion> latest(Level level, String code) {
		return versions.getOrDefault(key(level, code), List.of()).stream()
				.max(Comparator.comparing(v -> v.validTo() == null ? LocalDate.MAX : v.validTo()));
	}

	Stream<UnitVersion> all() {
		return versions.values().stream().flatMap(List::stream);
	}

	Stream<UnitVersion> all(Level level) {
		return all().filter(v -> v.level() == level);
	}

	Optional<LineageEdge> edge(long fromId, long toId) {
		return Optional.ofNullable(edges.get(fromId + ">" + toId));
	}

	void putEdge(LineageEdge edge) {
		edges.put(edge.fromId() + ">" + edge.toId(), edge);
	}

	Stream<LineageEdge> edges() {
		return edges.values().stream();
	}

	/** Folded names of a version's parent and province: what "Ba Đình, Hà Nội" is matched against. */
	Map<Long, String> contexts() {
		Map<Long, String> contexts = new HashMap<>();
		all().forEach(version -> {
			StringBuilder context = new StringBuilder();
			LocalDate day = version.someDay();
			if (version.parentCode() != null) {
				Level parentLevel = version.parentCode().length() == 3 ? Level.DISTRICT : Level.PROVINCE;
				valid(parentLevel, version.parentCode(), day).ifPresent(p -> append(context, p));
			}
			if (version.level() != Level.PROVINCE && !version.provinceCode().equals(version.parentCode())) {
				valid(Level.PROVINCE, version.provinceCode(), day).ifPresent(p -> append(context, p));
			}
			contexts.put(version.id(), context.toString());
		});
		return contexts;
	}

	private static void append(StringBuilder context, UnitVersion parent) {
		context.append('|').append(VietnameseText.fold(parent.fullName())).append('|')
				.append(VietnameseText.fold(parent.name()));
	}

	private static String key(Level level, String code) {
		return level + ":" + code;
	}
}
