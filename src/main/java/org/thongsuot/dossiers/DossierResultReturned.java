package org.thongsuot.dossiers;

/** The result was handed to the applicant. */
public record DossierResultReturned(String code, String actor, java.time.Instant at) implements DossierEvents {
}
