package org.thongsuot.units.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.thongsuot.units.Hop;
import org.thongsuot.units.Level;
import org.thongsuot.units.Lineage;
import org.thongsuot.units.Relation;
import org.thongsuot.units.Unit;
import org.thongsuot.units.UnitHistory;

/**
 * Walks the lineage graph with one recursive query per look-up, then reads the units on the paths in one
 * more query: two round trips whatever the length of the paths.
 */
@Repository
public class LineageQueries {

	/** A bound on path length: real paths have at most 3 hops; this only guards against a bad edge. */
	private static final int MAX_DEPTH = 16;

	private final JdbcClient jdbc;

	LineageQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Forward from {@code start} along edges in force by {@code at}, stopping at versions valid on
	 * {@code at}. Each path's edges are accumulated as parallel arrays.
	 */
	public List<Lineage> successors(Unit start, LocalDate at) {
		List<Walk> walks = jdbc.sql("""
				WITH RECURSIVE walk (id, validity, depth, edges) AS (
				  SELECT u.id, u.validity, 0, ARRAY[]::bigint[]
				    FROM units_unit u
				   WHERE u.level = :level AND u.code = :code AND u.validity @> :start
				  UNION ALL
				  SELECT l.to_id, t.validity, w.depth + 1, w.edges || ARRAY[l.from_id, l.to_id]
				    FROM walk w
				    JOIN units_lineage l ON l.from_id = w.id
				    JOIN units_unit t ON t.id = l.to_id
				   WHERE NOT w.validity @> :at AND l.effective_date <= :at AND w.depth < :maxDepth
				)
				SELECT id, edges FROM walk WHERE validity @> :at ORDER BY depth""")
				.param("level", start.level().name())
				.param("code", start.code())
				.param("start", dayWithin(start))
				.param("at", at)
				.param("maxDepth", MAX_DEPTH)
				.query(LineageQueries::walk)
				.list();
		return lineages(walks);
	}

	/**
	 * Backward from {@code start}: to the versions valid on {@code before}, or, when it is null, to the
	 * versions with no recorded predecessor. Edges from another level (a district into a commune or a
	 * province) are followed only into a unit that has no predecessor of its own level, such as a special
	 * zone formed from a whole district; otherwise a province's predecessors would list every old district.
	 */
	public List<Lineage> predecessors(Unit start, LocalDate before) {
		String stop = before == null
				? "NOT EXISTS (SELECT 1 FROM units_lineage i WHERE i.to_id = w.id)"
				: "w.validity @> CAST(:before AS date)";
		String goOn = before == null ? "TRUE" : "NOT w.validity @> CAST(:before AS date) AND l.effective_date > :before";
		JdbcClient.StatementSpec statement = jdbc.sql("""
				WITH RECURSIVE walk (id, validity, depth, edges) AS (
				  SELECT u.id, u.validity, 0, ARRAY[]::bigint[]
				    FROM units_unit u
				   WHERE u.level = :level AND u.code = :code AND u.validity @> :start
				  UNION ALL
				  SELECT l.from_id, f.validity, w.depth + 1, ARRAY[l.from_id, l.to_id] || w.edges
				    FROM walk w
				    JOIN units_lineage l ON l.to_id = w.id
				    JOIN units_unit f ON f.id = l.from_id
				    JOIN units_unit t ON t.id = l.to_id
				   WHERE %s AND w.depth < :maxDepth
				     AND (f.level = t.level OR NOT EXISTS (
				           SELECT 1 FROM units_lineage s JOIN units_unit sf ON sf.id = s.from_id
				            WHERE s.to_id = l.to_id AND sf.level = t.level))
				)
				SELECT w.id, w.edges FROM walk w WHERE %s ORDER BY w.depth""".formatted(goOn, stop))
				.param("level", start.level().name())
				.param("code", start.code())
				.param("start", dayWithin(start))
				.param("maxDepth", MAX_DEPTH);
		if (before != null) {
			statement = statement.param("before", before);
		}
		return lineages(statement.query(LineageQueries::walk).list());
	}

	/** The changes into and out of the given versions of one code, by date. */
	public UnitHistory history(Level level, String code, List<Unit> versions) {
		List<EdgeRow> edges = jdbc.sql("""
				SELECT l.from_id, l.to_id, l.relation, l.effective_date, l.legal_basis, l.note,
				       (f.level = :level AND f.code = :code) AS outgoing
				  FROM units_lineage l
				  JOIN units_unit f ON f.id = l.from_id
				  JOIN units_unit t ON t.id = l.to_id
				 WHERE (f.level = :level AND f.code = :code) OR (t.level = :level AND t.code = :code)
				 ORDER BY l.effective_date, f.code, t.code""")
				.param("level", level.name())
				.param("code", code)
				.query((rs, n) -> EdgeRow.of(rs))
				.list();
		Map<Long, Unit> units = unitsById(edges.stream()
				.flatMap(e -> Stream.of(e.fromId(), e.toId()))
				.collect(Collectors.toSet()));
		List<Hop> incoming = new ArrayList<>();
		List<Hop> outgoing = new ArrayList<>();
		for (EdgeRow edge : edges) {
			Hop hop = edge.hop(units);
			boolean into = hop.to().level() == level && hop.to().code().equals(code);
			if (edge.outgoing()) {
				outgoing.add(hop);
			}
			if (into) {
				incoming.add(hop);
			}
		}
		return new UnitHistory(level, code, versions, incoming, outgoing);
	}

	/** A day on which the version is in force, to find it again (versions are identified by code and day). */
	private static LocalDate dayWithin(Unit version) {
		if (version.validFrom() != null) {
			return version.validFrom();
		}
		return version.validTo() != null ? version.validTo() : LocalDate.EPOCH;
	}

	/** Turns walks into lineages: one per unit found (the shortest path if several lead there). */
	private List<Lineage> lineages(List<Walk> walks) {
		List<Long> edgeIds = walks.stream().flatMap(w -> Arrays.stream(w.edges()).boxed()).toList();
		Map<String, EdgeRow> edges = edges(edgeIds);
		Map<Long, Unit> units = unitsById(walks.stream()
				.flatMap(w -> Stream.concat(Stream.of(w.id()),
						Arrays.stream(w.edges()).boxed()))
				.collect(Collectors.toSet()));
		Map<Long, Lineage> found = new LinkedHashMap<>();
		for (Walk walk : walks) {
			List<Hop> path = new ArrayList<>();
			for (int i = 0; i < walk.edges().length; i += 2) {
				path.add(edges.get(walk.edges()[i] + ">" + walk.edges()[i + 1]).hop(units));
			}
			found.merge(walk.id(), lineage(units.get(walk.id()), path), LineageQueries::better);
		}
		return List.copyOf(found.values());
	}

	/** Of two paths to the same unit, a whole one over a partial one, then the shorter. */
	private static Lineage better(Lineage first, Lineage second) {
		boolean firstPartial = first.relation() == Relation.PARTIAL;
		boolean secondPartial = second.relation() == Relation.PARTIAL;
		if (firstPartial != secondPartial) {
			return firstPartial ? second : first;
		}
		return second.path().size() < first.path().size() ? second : first;
	}

	static Lineage lineage(Unit unit, List<Hop> path) {
		Relation relation = Relation.UNCHANGED;
		for (Hop hop : path) {
			relation = relation.then(hop.relation());
		}
		List<LocalDate> dates = path.stream().map(Hop::effectiveDate).distinct().sorted().toList();
		List<String> bases = path.stream().map(Hop::legalBasis).filter(b -> b != null).distinct().toList();
		return new Lineage(unit, relation, dates, bases, path);
	}

	/**
	 * Every change that took effect on {@code day}, optionally only those into units of one province (the
	 * receiving unit's province), ordered by the old unit: the raw material of a reorganization plan.
	 */
	public List<Hop> effectiveOn(LocalDate day, String provinceCode) {
		List<EdgeRow> rows = jdbc.sql("""
				SELECT l.from_id, l.to_id, l.relation, l.effective_date, l.legal_basis, l.note, FALSE AS outgoing
				  FROM units_lineage l
				  JOIN units_unit t ON t.id = l.to_id
				 WHERE l.effective_date = :day AND (CAST(:province AS text) IS NULL OR t.province_code = :province)
				 ORDER BY l.from_id, l.to_id""")
				.param("day", day)
				.param("province", provinceCode)
				.query((rs, n) -> EdgeRow.of(rs))
				.list();
		Map<Long, Unit> units = unitsById(rows.stream().flatMap(r -> Stream.of(r.fromId(), r.toId())).distinct().toList());
		return rows.stream().map(r -> new Hop(units.get(r.fromId()), units.get(r.toId()), r.relation(),
				r.effectiveDate(), r.legalBasis(), r.note())).toList();
	}

	private Map<String, EdgeRow> edges(List<Long> pairs) {
		if (pairs.isEmpty()) {
			return Map.of();
		}
		List<Long> from = new ArrayList<>();
		List<Long> to = new ArrayList<>();
		for (int i = 0; i < pairs.size(); i += 2) {
			from.add(pairs.get(i));
			to.add(pairs.get(i + 1));
		}
		return jdbc.sql("""
				SELECT l.from_id, l.to_id, l.relation, l.effective_date, l.legal_basis, l.note, FALSE AS outgoing
				  FROM units_lineage l
				  JOIN unnest(CAST(:from AS bigint[]), CAST(:to AS bigint[])) AS p (from_id, to_id)
				    ON p.from_id = l.from_id AND p.to_id = l.to_id""")
				.param("from", from.toArray(Long[]::new))
				.param("to", to.toArray(Long[]::new))
				.query((rs, n) -> EdgeRow.of(rs))
				.list()
				.stream()
				.collect(Collectors.toMap(e -> e.fromId() + ">" + e.toId(), e -> e, (a, b) -> a));
	}

	private Map<Long, Unit> unitsById(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<Long, Unit> units = new LinkedHashMap<>();
		jdbc.sql("SELECT " + UnitRows.COLUMNS + " FROM units_unit u WHERE u.id = ANY (CAST(:ids AS bigint[]))")
				.param("ids", ids.toArray(Long[]::new))
				.query(rs -> {
					units.put(rs.getLong("id"), UnitRows.read(rs));
				});
		return units;
	}

	private static Walk walk(ResultSet rs, int row) throws SQLException {
		Array edges = rs.getArray("edges");
		Long[] ids = (Long[]) edges.getArray();
		return new Walk(rs.getLong("id"), Arrays.stream(ids).mapToLong(Long::longValue).toArray());
	}

	/** A path found by a walk: the unit reached and the (from, to) id pairs of its edges, flattened. */
	private record Walk(long id, long[] edges) {
	}

	private record EdgeRow(long fromId, long toId, Relation relation, LocalDate effectiveDate, String legalBasis,
			String note, boolean outgoing) {

		static EdgeRow of(ResultSet rs) throws SQLException {
			return new EdgeRow(rs.getLong("from_id"), rs.getLong("to_id"), Relation.valueOf(rs.getString("relation")),
					rs.getObject("effective_date", LocalDate.class), rs.getString("legal_basis"), rs.getString("note"),
					rs.getBoolean("outgoing"));
		}

		Hop hop(Map<Long, Unit> units) {
			return new Hop(units.get(fromId), units.get(toId), relation, effectiveDate, legalBasis, note);
		}
	}
}
