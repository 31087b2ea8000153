package org.thongsuot.dossiers;

/** The clock runs again after a suspension or a financial obligation; the appointment moved to {@code dueAt}. */
public record DossierResumed(String code, DossierAction action, java.time.LocalDateTime dueAt, String actor,
		java.time.Instant at) implements DossierEvents {
}
