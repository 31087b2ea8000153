package org.thongsuot.dossiers;

import java.time.Instant;
import java.time.LocalDateTime;

/**
 * A notice to an official: a dossier whose appointment ({@code stepName} null) or current step is due
 * soon or overdue.
 *
 * @param kind {@code DUE_SOON} or {@code OVERDUE}
 * @param dueAt the deadline, local time in Vietnam
 * @param emailStatus PENDING, SENT, NO_ADDRESS, NOT_CONFIGURED or FAILED
 */
public record Notice(long id, String kind, String dossierCode, String stepName, LocalDateTime dueAt,
		Instant createdAt, boolean read, String emailStatus) {

	/** Whether the notice is about the dossier's appointment rather than one step's deadline. */
	public boolean wholeDossier() {
		return stepName == null;
	}
}
