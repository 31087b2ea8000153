package org.thongsuot.dossiers;

import java.time.LocalDate;
import java.util.List;

/**
 * Dossier statistics over a period (both days inclusive, Vietnam time).
 *
 * @param agencyId the agency asked for, or null for all the caller may see
 * @param lines one per group
 * @param total the whole period over the same agencies (for {@link StatisticsGroup#MONTH} not the sum
 * of the months: a dossier pending across months is carried over into each)
 */
public record Statistics(Long agencyId, LocalDate from, LocalDate to, StatisticsGroup groupBy,
		List<StatisticsLine> lines, StatisticsLine total) {
}
