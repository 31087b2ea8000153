package org.thongsuot.dossiers;

/**
 * Processing ended: approved ({@code DONE}), refused ({@code STOPPED}) or an online submission declined
 * ({@code NOT_ACCEPTED}); {@code timeliness} is EARLY, ON_TIME or LATE against the appointment (null when declined).
 */
public record DossierProcessed(String code, DossierStatus status, String timeliness, String actor,
		java.time.Instant at) implements DossierEvents {
}
