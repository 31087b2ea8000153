package org.thongsuot.dossiers;

import java.time.LocalDateTime;

/** A late dossier: the agency apologized and set a new appointment (form 04). */
public record DossierApologized(String code, String reason, LocalDateTime previousDueAt, LocalDateTime newDueAt,
		String actor, java.time.Instant at) implements DossierEvents {
}
