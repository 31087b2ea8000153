package org.thongsuot.dossiers;

/** A result document was attached (its real type read from its bytes, its SHA-256 for integrity). */
public record DossierResultAttached(String code, String fileName, String contentType, String sha256, String actor,
		java.time.Instant at) implements DossierEvents {
}
