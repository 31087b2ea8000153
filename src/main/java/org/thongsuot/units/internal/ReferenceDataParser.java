package org.thongsuot.units.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.thongsuot.units.Level;

/** Reads and checks all reference files into a {@link Dataset}, touching no database. */
final class ReferenceDataParser {

	private ReferenceDataParser() {
	}

	static Dataset parse(ReferenceFiles files) {
		DatasetBuilder data = new DatasetBuilder();
		Map<String, Integer> rows = new LinkedHashMap<>(new UnitListReader(files, data).read());
		new LineageReader(files, data).read().forEach((file, n) -> rows.merge(file, n, Integer::sum));
		List<UnitVersion> units = data.all().sorted(Comparator.comparingLong(UnitVersion::id)).toList();
		List<LineageEdge> edges = data.edges().toList();
		return new Dataset(units, edges, data.contexts(), summary(units, edges, rows));
	}

	private static String summary(List<UnitVersion> units, List<LineageEdge> edges, Map<String, Integer> rows) {
		StringBuilder summary = new StringBuilder();
		summary.append(units.size()).append(" unit versions, ").append(edges.size()).append(" lineage edges; ");
		for (LocalDate day : List.of(UnitListReader.LAST_DAY_BEFORE_REFORM, UnitListReader.REFORM)) {
			summary.append("in force on ").append(day).append(": ").append(countOn(units, day)).append("; ");
		}
		summary.append("open now: ").append(countOpen(units)).append("; ");
		Map<String, Long> relations = edges.stream()
				.collect(Collectors.groupingBy(e -> e.relation().name(), java.util.TreeMap::new, Collectors.counting()));
		summary.append("from the supplement: ").append(units.stream().filter(UnitVersion::fromSupplement).count())
				.append("; relations: ").append(relations)
				.append("; rows used per file: ").append(rows);
		return summary.toString();
	}

	private static Map<Level, Long> countOn(List<UnitVersion> units, LocalDate day) {
		return units.stream().filter(u -> u.validOn(day))
				.collect(Collectors.groupingBy(UnitVersion::level, () -> new java.util.EnumMap<>(Level.class),
						Collectors.counting()));
	}

	private static Map<Level, Long> countOpen(List<UnitVersion> units) {
		return units.stream().filter(u -> u.validTo() == null)
				.collect(Collectors.groupingBy(UnitVersion::level, () -> new java.util.EnumMap<>(Level.class),
						Collectors.counting()));
	}
}
