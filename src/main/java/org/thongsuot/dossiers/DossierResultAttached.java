package org.thongsuot.dossiers;

import java.time.Instant;
import java.util.List;

/**
 * A result document was attached (its real type read from its bytes, its SHA-256 for integrity), with the
 * digital signatures verified in it (empty: an unsigned PDF or a scan), so the audit trail keeps who signed it.
 */
public record DossierResultAttached(String code, String fileName, String contentType, String sha256, String actor,
		Instant at, List<ResultSignature> signatures) implements DossierEvents {

	public DossierResultAttached {
		signatures = signatures == null ? List.of() : List.copyOf(signatures);
	}
}
