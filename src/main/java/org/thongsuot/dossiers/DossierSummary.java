package org.thongsuot.dossiers;

import java.time.Instant;
import java.time.LocalDateTime;

/** A line of a search or a work queue. */
public record DossierSummary(String code, String procedureCode, String procedureName, long agencyId,
		String applicantName, DossierStatus status, int step, String stepName, String stepRole, long stepAgencyId,
		Instant receivedAt, LocalDateTime dueAt, LocalDateTime stepDueAt, boolean late) {
}
