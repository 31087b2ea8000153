package org.thongsuot.dossiers;

/**
 * A dossier's status, mapped onto the status list of the National Public Service Portal (Cổng Dịch vụ
 * công quốc gia) with its number there, so the exchange module can report it (see docs/dossiers.md).
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

	/** Whether processing has ended (a result, a refusal or a declined submission). */
	public boolean finished() {
		return this == NOT_ACCEPTED || this == STOPPED || this == DONE || this == RESULT_RETURNED;
	}
}
