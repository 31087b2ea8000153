package org.thongsuot.dossiers;

import java.time.Instant;

/**
 * One of a dossier's current or later process steps was at an agency a reorganization ended, another
 * agency than the dossier's handling one (a district department, say): the successor does that step now.
 * The dossier keeps its handling agency, code, history and deadlines.
 *
 * @param position the step's place in the dossier's process, from 0
 * @param fromAgencyId the agency that was to do the step
 * @param toAgencyId the agency that does it now
 * @param reason the plan and its legal basis
 */
public record DossierStepTransferred(String code, int position, long fromAgencyId, long toAgencyId, String reason,
		String actor, Instant at) implements DossierEvents {
}
