package org.thongsuot.dossiers;

/**
 * A dossier's status, mapped onto the status list of the National Public Service Portal (Cổng Dịch vụ
 * công quốc gia) with its number there, so the exchange module can report it (see docs/dossiers.md).
 * The numbers and names were not verified against the portal's integration specification (no copy of it
 * was found): check them before the exchange module syncs statuses.
 */
public enum DossierStatus {

	/** Submitted online, not yet checked by the receiving officer. */
	SUBMITTED(1, "Mới đăng ký"),
	/** Received: the appointment date runs. */
	RECEIVED(2, "Được tiếp nhận"),
	/** Refused at intake (online submission declined). */
	NOT_ACCEPTED(3, "Không được tiếp nhận"),
	/** Being processed along the internal process. */
	PROCESSING(4, "Đang xử lý"),
	/** Waiting for the applicant's supplement: the clock is stopped. */
	SUPPLEMENT_REQUESTED(5, "Yêu cầu bổ sung giấy tờ"),
	/** Waiting for the applicant to pay fees, charges or taxes (nghĩa vụ tài chính): the clock is stopped. */
	FINANCIAL_OBLIGATION(6, "Yêu cầu thực hiện nghĩa vụ tài chính"),
	/** Withdrawn at the applicant's request (rút hồ sơ): processing ended without a result. */
	WITHDRAWN(7, "Công dân yêu cầu rút hồ sơ"),
	/**
	 * Processing suspended (tạm dừng) with a reason, to be resumed: the clock is stopped. The portal's list
	 * (as the project knows it, unverified) has no separate paused state; "Dừng xử lý" is the nearest.
	 */
	SUSPENDED(8, "Dừng xử lý"),
	/** Processing stopped with a refusal and its reason. */
	STOPPED(8, "Dừng xử lý"),
	/** Processed: the result waits at the counter. */
	DONE(9, "Đã xử lý xong"),
	/** The result was handed over. */
	RESULT_RETURNED(10, "Đã trả kết quả");

	private final int portalCode;
	private final String portalLabel;

	DossierStatus(int portalCode, String portalLabel) {
		this.portalCode = portalCode;
		this.portalLabel = portalLabel;
	}

	/** The status's number on the National Public Service Portal. */
	public int portalCode() {
		return portalCode;
	}

	/** The status's name on the National Public Service Portal. */
	public String portalLabel() {
		return portalLabel;
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
