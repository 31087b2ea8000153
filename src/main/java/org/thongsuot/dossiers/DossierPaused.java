package org.thongsuot.dossiers;

/**
 * The clock stopped: processing suspended ({@code SUSPENDED}) or waiting for a financial obligation
 * ({@code FINANCIAL_OBLIGATION}); the note says why or what is to be paid.
 */
public record DossierPaused(String code, DossierStatus status, String note, String actor, java.time.Instant at)
		implements DossierEvents {
}
