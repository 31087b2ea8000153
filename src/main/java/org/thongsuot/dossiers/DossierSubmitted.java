package org.thongsuot.dossiers;

import java.time.Instant;

/**
 * A citizen submitted a dossier online; it waits for the receiving officer's check (its appointment runs
 * only from {@link DossierReceived}, when the submission is accepted).
 */
public record DossierSubmitted(String code, String procedureCode, long agencyId, Instant submittedAt, String actor)
		implements DossierEvents {
}
