package org.thongsuot.dossiers.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Dossier codes in the national format of Circular 01/2018/TT-VPCP, Article 19 (guiding Decree
 * 61/2018/NĐ-CP as amended by Decree 107/2021/NĐ-CP): {@code <agency code>-YYMMDD-XXXX}, the receiving
 * agency's electronic identification code, the day of receipt, and the dossier's 4-digit order of
 * receipt that day at that agency. An agency without an electronic identification code yet (the demo
 * agencies) gets the provisional prefix {@code X<agency id>}.
 *
 * <p>The number comes from a counter row per (agency, day), incremented in the receipt's transaction by
 * the statement that writes the dossier ({@link DossierRepository#receive}): gap-free, and unique across
 * nodes on one database.
 */
final class DossierCodes {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

	private DossierCodes() {
	}

	static String prefix(long agencyId, String agencyCode) {
		return agencyCode == null || agencyCode.isBlank() ? "X" + agencyId : agencyCode;
	}

	/** The code up to the number: {@code <agency code>-YYMMDD-}. */
	static String dayPrefix(String prefix, LocalDate day) {
		return prefix + "-" + DAY.format(day) + "-";
	}

	static String format(String prefix, LocalDate day, int number) {
		return dayPrefix(prefix, day) + String.format("%04d", number);
	}
}
