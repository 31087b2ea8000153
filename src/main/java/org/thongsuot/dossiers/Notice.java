package org.thongsuot.dossiers;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Set;

/**
 * A notice. To an official: a dossier whose appointment ({@code stepName} null) or current step is due
 * soon or overdue. To an applicant (the citizen account that submitted the dossier): their dossier needs
 * a supplement, was refused or not accepted, runs late (the apology, {@code dueAt} the new appointment),
 * or its result is ready.
 *
 * @param kind {@code DUE_SOON} or {@code OVERDUE} (officials); {@code SUPPLEMENT_REQUESTED}, {@code REFUSED},
 *        {@code NOT_ACCEPTED}, {@code APOLOGIZED} or {@code RESULT_READY} (applicants)
 * @param dueAt the deadline, local time in Vietnam (the new appointment for {@code APOLOGIZED}; null when none)
 * @param note the official's text for the applicant (what to supply, the reasons), or null
 * @param emailStatus PENDING, SENT, NO_ADDRESS, NOT_CONFIGURED or FAILED
 */
public record Notice(long id, String kind, String dossierCode, String stepName, LocalDateTime dueAt, String note,
		Instant createdAt, boolean read, String emailStatus) {

	/** The kinds told to applicants. */
	public static final Set<String> APPLICANT_KINDS = Set.of("SUPPLEMENT_REQUESTED", "REFUSED", "NOT_ACCEPTED",
			"APOLOGIZED", "RESULT_READY");

	/** Whether the notice is about the dossier's appointment rather than one step's deadline. */
	public boolean wholeDossier() {
		return stepName == null;
	}

	/** Whether the notice was for the applicant (about an action on their dossier) rather than a deadline warning. */
	public boolean forApplicant() {
		return APPLICANT_KINDS.contains(kind);
	}
}
