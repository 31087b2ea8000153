package org.thongsuot.dossiers;

import java.util.List;

/**
 * A dossier handed in.
 *
 * @param procedureCode the procedure's code in the national catalogue
 * @param agencyId the receiving agency (units registry id); null for an official with one receiving agency
 * @param channel counter, post or online (citizens submit online only)
 * @param applicant who applies
 * @param files the papers
 */
public record ReceiptRequest(String procedureCode, Long agencyId, SubmissionChannel channel, Applicant applicant,
		List<ComponentFile> files) {

	public ReceiptRequest {
		files = files == null ? List.of() : List.copyOf(files);
	}
}
