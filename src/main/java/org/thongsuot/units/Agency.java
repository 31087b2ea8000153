package org.thongsuot.units;

import java.time.LocalDate;

/**
 * An agency, dated like the unit it belongs to: the People's Committee of a commune that merged ends on
 * the day its commune ended, and its successor is the committee of the successor commune. Its
 * electronic identification code, once imported, stays with it, so a code of an old agency still
 * resolves for old documents.
 *
 * @param id the platform's identifier
 * @param code the electronic identification code (Decision 20/2020/QĐ-TTg); null until a province's code
 *     list assigns it
 * @param name the name in Vietnamese, NFC ("Ủy ban nhân dân Phường Phúc Xá")
 * @param nameEn the name in English, when known
 * @param unit the unit the agency belongs to
 * @param kind what the agency is
 * @param parentId the agency it is under (a department under the province's People's Committee), if any
 * @param validFrom its first day; null when it began before the data on record
 * @param validTo its last day; null while it exists
 */
public record Agency(long id, AgencyCode code, String name, String nameEn, UnitRef unit, AgencyKind kind,
		Long parentId, LocalDate validFrom, LocalDate validTo) {

	/**
	 * The unit an agency belongs to: a level and a code, read on a day within the agency's validity
	 * (a code can denote different units over time).
	 */
	public record UnitRef(Level level, String code) {
	}

	/** Whether the agency exists on the given day. */
	public boolean validOn(LocalDate day) {
		return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
	}

	/** A day on which the agency exists, to read its unit on: its first day, else its last, else {@code fallback}. */
	public LocalDate someDay(LocalDate fallback) {
		return validFrom != null ? validFrom : validTo != null ? validTo : fallback;
	}
}
