package org.thongsuot.dossiers;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A dossier as its readers see it.
 *
 * @param code the dossier code (Circular 01/2018/TT-VPCP, Article 19)
 * @param procedureCode the procedure's code
 * @param procedureVersionId the procedure version it is processed against
 * @param procedureName the procedure's name
 * @param agencyId the receiving agency
 * @param agencyName its name
 * @param channel how it came
 * @param applicant who applies (the id number masked for readers with the receipt's secret only)
 * @param status where it stands
 * @param portalStatus the status's number on the National Public Service Portal
 * @param step the current step (0-based) of {@code steps}
 * @param steps the internal process as it stood at receipt
 * @param receivedAt when it was received
 * @param dueAt the appointment: the deadline, pauses included (local time, Vietnam)
 * @param stepDueAt the current step's deadline (local time), or null
 * @param paused whether the clock is stopped
 * @param completedAt when processing ended, or null
 * @param timeliness early, on time or late, once completed
 * @param files the papers received
 * @param history what happened, oldest first
 * @param results the result documents, oldest first (the last is the result); shown to readers with the
 *        receipt's secret only once the result was returned online
 * @param resultReadyAt when the result was marked ready for return, or null
 * @param returnMethod how the result was handed over, or null
 * @param version the version to send with the next action
 */
public record DossierView(String code, String procedureCode, long procedureVersionId, String procedureName,
		long agencyId, String agencyName, SubmissionChannel channel, Applicant applicant, DossierStatus status,
		int portalStatus, int step, List<Step> steps, Instant receivedAt, LocalDateTime dueAt, LocalDateTime stepDueAt,
		boolean paused, Instant completedAt, Timeliness timeliness, List<FileInfo> files, List<Event> history,
		List<FileInfo> results, Instant resultReadyAt, ReturnMethod returnMethod, int version) {

	/** A step of the internal process: who does it, where, and its share of the time in minutes of working time. */
	public record Step(int position, String name, String role, long agencyId, long shareMinutes) {
	}

	/**
	 * A stored paper or result document: its real type, size and SHA-256.
	 *
	 * @param signatures for a result document, its verified digital signatures (empty: an unsigned PDF or a
	 *        scan); for a received paper, null (not checked, and left out of the JSON)
	 */
	public record FileInfo(String component, String fileName, String contentType, long size, String sha256,
			Instant addedAt, @JsonInclude(JsonInclude.Include.NON_NULL) List<ResultSignature> signatures) {

		public FileInfo {
			signatures = signatures == null ? null : List.copyOf(signatures);
		}

		/** A received paper (its signatures are not checked). */
		public FileInfo(String component, String fileName, String contentType, long size, String sha256,
				Instant addedAt) {
			this(component, fileName, contentType, size, sha256, addedAt, null);
		}

		/** Whether this is a result document with at least one verified signature. */
		public boolean signed() {
			return signatures != null && !signatures.isEmpty();
		}
	}

	/** An entry of the history. */
	public record Event(Instant at, String actor, DossierAction action, DossierStatus fromStatus,
			DossierStatus toStatus, Integer step, String note) {
	}

	/**
	 * How processing compared with the appointment.
	 *
	 * @param status EARLY, ON_TIME or LATE
	 * @param workingDays whole working days early or late
	 * @param minutes the remaining working minutes
	 */
	public record Timeliness(String status, long workingDays, long minutes) {
	}
}
