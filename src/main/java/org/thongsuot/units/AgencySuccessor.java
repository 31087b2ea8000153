package org.thongsuot.units;

import java.time.LocalDate;
import java.util.List;

/**
 * An agency that took over from another one, found through the lineage of their units.
 *
 * @param agency the successor, in existence on the day asked for
 * @param relation how the old agency's unit relates to the successor's unit (PARTIAL: only part of its
 *     territory went to this successor, so its dossiers and documents need an address to choose)
 * @param effectiveDates the days the changes took effect, ascending (empty when the agency resolves to itself)
 * @param legalBases the acts that decided them
 * @param via how the successor was found
 */
public record AgencySuccessor(Agency agency, Relation relation, List<LocalDate> effectiveDates,
		List<String> legalBases, Via via) {

	public AgencySuccessor {
		effectiveDates = List.copyOf(effectiveDates);
		legalBases = List.copyOf(legalBases);
	}

	/** How a successor was found. */
	public enum Via {
		/** The agency exists on the day asked for: it is its own successor. */
		SELF,
		/** The People's Committee of a successor unit succeeds the People's Committee of the old unit. */
		SUCCESSOR_UNIT_COMMITTEE,
		/**
		 * Another kind of agency (a department, a centre) whose unit changed: the People's Committee of the
		 * successor unit takes over its duties until the province records which agency succeeds it.
		 */
		SUCCESSOR_UNIT_COMMITTEE_FOR_OTHER_KIND
	}
}
