package org.thongsuot.units;

import java.time.LocalDate;
import java.util.List;

/**
 * A unit found by walking the lineage from another one: a successor (the path runs from the asked-for
 * unit to {@code unit}) or a predecessor (the path runs from {@code unit} to the asked-for unit). Hops
 * are always in time order.
 *
 * @param unit the unit found
 * @param relation the composed relation of the path, read from the older unit to the newer: PARTIAL if
 *     any hop is partial; UNCHANGED with an empty path when a unit resolves to itself
 * @param effectiveDates the distinct effective dates of the hops, ascending
 * @param legalBases the distinct legal bases of the hops, in path order
 * @param path the hops, oldest first
 */
public record Lineage(Unit unit, Relation relation, List<LocalDate> effectiveDates, List<String> legalBases,
		List<Hop> path) {

	public Lineage {
		effectiveDates = List.copyOf(effectiveDates);
		legalBases = List.copyOf(legalBases);
		path = List.copyOf(path);
	}
}
