package org.thongsuot.units.internal;

import java.time.LocalDate;

import org.thongsuot.units.Level;

/**
 * A unit version as the loader builds it, with the file and line it comes from (for messages) and the
 * search keys it will be stored with.
 */
record UnitVersion(long id, Level level, String code, String type, String typeCode, String name, String fullName,
		String nameEn, String fullNameEn, String parentCode, String provinceCode, LocalDate validFrom,
		LocalDate validTo, boolean fromSupplement, String origin) {

	UnitVersion endingOn(LocalDate lastDay) {
		return new UnitVersion(id, level, code, type, typeCode, name, fullName, nameEn, fullNameEn, parentCode,
				provinceCode, validFrom, lastDay, fromSupplement, origin);
	}

	UnitVersion withEnglish(String newTypeCode, String newNameEn, String newFullNameEn) {
		return new UnitVersion(id, level, code, type, newTypeCode, name, fullName, newNameEn, newFullNameEn,
				parentCode, provinceCode, validFrom, validTo, fromSupplement, origin);
	}

	/** A day on which this version is in force, to find its parent's version. */
	LocalDate someDay() {
		return validFrom != null ? validFrom : validTo;
	}

	boolean validOn(LocalDate day) {
		return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
	}

	boolean overlaps(UnitVersion other) {
		boolean startsBeforeOtherEnds = validFrom == null || other.validTo == null || !validFrom.isAfter(other.validTo);
		boolean otherStartsBeforeThisEnds = other.validFrom == null || validTo == null
				|| !other.validFrom.isAfter(validTo);
		return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
	}
}
