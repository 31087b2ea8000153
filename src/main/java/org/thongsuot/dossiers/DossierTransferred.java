package org.thongsuot.dossiers;

import java.time.Instant;

/**
 * A dossier's handling agency changed at a reorganization: it keeps its code, history, deadlines and the
 * procedure version it was received under; the new agency (and its remaining steps) take it over.
 *
 * @param fromAgencyId the agency that held it
 * @param toAgencyId the agency that holds it now
 * @param reason the plan and its legal basis
 */
public record DossierTransferred(String code, long fromAgencyId, long toAgencyId, String reason, String actor,
		Instant at) implements DossierEvents {
}
