package org.thongsuot.dossiers;

/**
 * A dossier's status, mapped onto exactly one status of the National Public Service Portal (Cổng Dịch vụ
 * công quốc gia, {@link PortalStatus}) so the exchange module can report it. The mapping and its sources
 * are in docs/dossiers.md ("Statuses and the National Public Service Portal").
 */
public enum DossierStatus {

	/** Submitted online, not yet checked by the receiving officer. */
	SUBMITTED(PortalStatus.NEWLY_REGISTERED),
	/** Received: the appointment date runs. */
	RECEIVED(PortalStatus.RECEIVED),
	/** Refused at intake (online submission declined). */
	NOT_ACCEPTED(PortalStatus.NOT_RECEIVED),
	/** Being processed along the internal process. */
	PROCESSING(PortalStatus.PROCESSING),
	/** Waiting for the applicant's supplement: the clock is stopped. */
	SUPPLEMENT_REQUESTED(PortalStatus.SUPPLEMENT_REQUESTED),
	/** Waiting for the applicant to pay fees, charges or taxes (nghĩa vụ tài chính): the clock is stopped. */
	FINANCIAL_OBLIGATION(PortalStatus.FINANCIAL_OBLIGATION_REQUESTED),
	/** Withdrawn at the applicant's request (rút hồ sơ): processing ended without a result. */
	WITHDRAWN(PortalStatus.WITHDRAWAL_REQUESTED),
	/**
	 * Processing suspended (tạm dừng) with a reason, to be resumed: the clock is stopped. The portal has no
	 * paused status, and its "Dừng xử lý" (8) counts as the end of processing, so a suspension that will
	 * resume is reported as still being processed (4), with the moved appointment. A judgement, not a
	 * confirmed rule: see docs/dossiers.md.
	 */
	SUSPENDED(PortalStatus.PROCESSING),
	/** Processing stopped with a refusal and its reason. */
	STOPPED(PortalStatus.STOPPED),
	/** Processed: the result waits at the counter. */
	DONE(PortalStatus.PROCESSED),
	/** The result was handed over. */
	RESULT_RETURNED(PortalStatus.RESULT_RETURNED);

	private final PortalStatus portal;

	DossierStatus(PortalStatus portal) {
		this.portal = portal;
	}

	/** The status reported to the National Public Service Portal. */
	public PortalStatus portal() {
		return portal;
	}

	/** The status's number on the National Public Service Portal. */
	public int portalCode() {
		return portal.code();
	}

	/** The status's name on the National Public Service Portal. */
	public String portalLabel() {
		return portal.label();
	}

	/** Whether processing has ended (a result, a refusal, a withdrawal or a declined submission). */
	public boolean finished() {
		return this == NOT_ACCEPTED || this == STOPPED || this == DONE || this == RESULT_RETURNED || this == WITHDRAWN;
	}

	/** Whether the clock is stopped in this status (a supplement, a financial obligation, a suspension). */
	public boolean clockStopped() {
		return this == SUPPLEMENT_REQUESTED || this == FINANCIAL_OBLIGATION || this == SUSPENDED;
	}
}
