package org.thongsuot.procedures;

import java.time.LocalDate;
import java.util.List;

/**
 * What a decentralization mapping moved, or would move.
 *
 * @param decentralizationId the run's id when applied, else null
 * @param saved whether it was applied
 * @param effectiveFrom the first day of the new versions
 * @param legalBasis the act that moves them
 * @param moved the procedures that moved, each with its levels before and after and its new version
 * @param skipped the procedures left as they were, with the reason (already moved, not at district level)
 * @param rejected rows refused; any refuses the whole mapping
 */
public record DecentralizationReport(Long decentralizationId, boolean saved, LocalDate effectiveFrom,
		String legalBasis, List<Moved> moved, List<Rejection> skipped, List<Rejection> rejected) {

	public record Moved(String code, String name, java.util.List<ProcedureLevel> before,
			java.util.List<ProcedureLevel> after, int fromVersion, Integer toVersion) {
	}
}
