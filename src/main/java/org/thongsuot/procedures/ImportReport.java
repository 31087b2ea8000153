package org.thongsuot.procedures;

import java.time.LocalDate;
import java.util.List;

/**
 * What an import of the national catalogue did, or would do (a check, or a refused file).
 *
 * @param importId the import's id when it was saved, else null
 * @param saved whether anything was saved (false for a check and for a refused file)
 * @param source where the files came from
 * @param effectiveFrom the first day the new versions are in force
 * @param procedures how many procedures the file holds
 * @param added the codes new to the catalogue
 * @param changed the codes whose national record changed: a new version was published
 * @param drafted the codes whose national record changed but whose province configuration no longer
 *     fits: a draft awaits the administrator
 * @param unchanged how many procedures were the same as before
 * @param atDistrictLevel the codes the file still places at the abolished district level
 * @param unparsed how many procedures have a processing time the import could not read (kept, flagged)
 * @param rejected every row refused, with its reason; any rejection refuses the whole file
 * @param millis how long it took
 */
public record ImportReport(Long importId, boolean saved, String source, LocalDate effectiveFrom, int procedures,
		List<String> added, List<String> changed, List<String> drafted, int unchanged, List<String> atDistrictLevel,
		int unparsed, List<Rejection> rejected, long millis) {
}
