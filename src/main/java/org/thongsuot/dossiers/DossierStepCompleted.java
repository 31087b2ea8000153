package org.thongsuot.dossiers;

/** A step of the internal process ended: forwarded to the next step, or returned to the previous one. */
public record DossierStepCompleted(String code, int fromStep, int toStep, DossierAction action, String actor,
		java.time.Instant at) implements DossierEvents {
}
