package org.thongsuot.dossiers;

/** The dossier was withdrawn at the applicant's request; processing ended without a result. */
public record DossierWithdrawn(String code, DossierStatus fromStatus, String reason, String actor,
		java.time.Instant at) implements DossierEvents {
}
