package org.thongsuot.dossiers;

/** The receiving agency marked the result ready to be handed over. */
public record DossierResultReady(String code, String actor, java.time.Instant at) implements DossierEvents {
}
