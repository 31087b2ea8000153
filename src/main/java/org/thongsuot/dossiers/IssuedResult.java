package org.thongsuot.dossiers;

import java.time.Instant;

/**
 * A line of the results registry (sổ theo dõi kết quả): a dossier whose processing produced a result.
 *
 * @param code the dossier code
 * @param agencyId the receiving agency
 * @param agencyName its name
 * @param procedureCode the procedure
 * @param procedureName its name
 * @param applicantName who applied
 * @param status DONE (waiting to be returned) or RESULT_RETURNED
 * @param issuedAt when it was approved
 * @param timeliness EARLY, ON_TIME or LATE against the appointment
 * @param resultFileName the newest result document's name, or null if none was attached
 * @param resultContentType its real type
 * @param resultSha256 its SHA-256
 * @param readyAt when it was marked ready for return, or null
 * @param returnedAt when it was handed over, or null
 * @param returnMethod how, or null
 * @param resultSignatures the newest result document's verified digital signatures (empty: unsigned, a scan,
 *        or no document)
 */
public record IssuedResult(String code, long agencyId, String agencyName, String procedureCode,
		String procedureName, String applicantName, DossierStatus status, Instant issuedAt, String timeliness,
		String resultFileName, String resultContentType, String resultSha256, Instant readyAt, Instant returnedAt,
		ReturnMethod returnMethod, java.util.List<ResultSignature> resultSignatures) {

	public IssuedResult {
		resultSignatures = resultSignatures == null ? java.util.List.of() : java.util.List.copyOf(resultSignatures);
	}
}
