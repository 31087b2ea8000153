package org.thongsuot.units;

import java.time.LocalDate;

/**
 * One version of an administrative unit: what a code denoted from {@code validFrom} to {@code validTo}
 * (both inclusive). The same code may denote different land in different versions (province 15 was
 * Yên Bái until 2025-06-30 and is Lào Cai since 2025-07-01).
 *
 * @param level the tier
 * @param code the statistics office code: 2 digits province, 3 district, 5 commune
 * @param type the type in Vietnamese, lower case: "tỉnh", "thành phố", "huyện", "xã", "phường", "đặc khu"...
 * @param typeCode a stable code for the type: TINH, THANH_PHO_TW, HUYEN, XA, PHUONG, DAC_KHU...
 * @param name the name without the type, NFC ("Đắk Nông")
 * @param fullName type and name ("Tỉnh Đắk Nông")
 * @param nameEn the name without diacritics, as published ("Dak Nong"); null when not known
 * @param fullNameEn the English full name ("Dak Nong Province"); null when not known
 * @param parentCode the district of a pre-2025 commune, the province of a district or of a commune since
 *     2025-07-01; null for a province and when not known
 * @param provinceCode the province the unit belongs to (its own code for a province)
 * @param validFrom the first day of this version; null when it began before the data on record
 * @param validTo the last day of this version; null while it is still valid
 * @param fromSupplement true for a commune known only from the conversion table's supplement (abolished
 *     just before the 2025 reform): its name, province and successor are known, its district and exact
 *     dates are not
 */
public record Unit(Level level, String code, String type, String typeCode, String name, String fullName,
		String nameEn, String fullNameEn, String parentCode, String provinceCode, LocalDate validFrom,
		LocalDate validTo, boolean fromSupplement) {

	/** Whether this version is in force on the given day. */
	public boolean validOn(LocalDate day) {
		return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
	}
}
