package org.thongsuot.dossiers.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.thongsuot.platform.ApiException;
import org.thongsuot.platform.ErrorCode;

/**
 * Dossier codes in the national format of Circular 01/2018/TT-VPCP, Article 19 (guiding Decree
 * 61/2018/NĐ-CP as amended by Decree 107/2021/NĐ-CP): {@code <agency code>-YYMMDD-XXXX}, the receiving
 * agency's electronic identification code, the day of receipt, and the dossier's 4-digit order of
 * receipt that day at that agency. An agency without an electronic identification code yet (the demo
 * agencies) gets the provisional prefix {@code X<agency id>}.
 *
 * <p>The number comes from a counter row per (agency, day), incremented in the receipt's transaction:
 * gap-free, and unique across nodes on one database.
 */
@Component
class DossierCodes {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

	private final JdbcClient jdbc;

	DossierCodes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The next code for the agency and day; must run inside the receipt's transaction. */
	String next(long agencyId, String agencyCode, LocalDate day) {
		int number = jdbc.sql("""
				INSERT INTO dossier_counter (agency_id, day, last) VALUES (:agency, :day, 1)
				ON CONFLICT (agency_id, day) DO UPDATE SET last = dossier_counter.last + 1
				WHERE dossier_counter.last < 9999
				RETURNING last""")
				.param("agency", agencyId).param("day", day)
				.query(Integer.class).optional()
				.orElseThrow(() -> ApiException.of(ErrorCode.DOSSIER_NUMBERS_EXHAUSTED, day));
		return format(prefix(agencyId, agencyCode), day, number);
	}

	static String prefix(long agencyId, String agencyCode) {
		return agencyCode == null || agencyCode.isBlank() ? "X" + agencyId : agencyCode;
	}

	static String format(String prefix, LocalDate day, int number) {
		return prefix + "-" + DAY.format(day) + "-" + String.format("%04d", number);
	}
}
