package org.thongsuot.dossiers;

/** The applicant was asked for papers; the clock stopped. */
public record DossierSupplementRequested(String code, String note, String actor, java.time.Instant at) implements DossierEvents {
}
