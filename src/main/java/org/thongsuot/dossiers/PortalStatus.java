package org.thongsuot.dossiers;

/**
 * The dossier statuses of the National Public Service Portal (Cổng Dịch vụ công quốc gia): the values of
 * the field {@code TrangThaiHoSo} of a dossier synchronized to the portal, and of {@code TrangThai} in its
 * processing steps. {@link DossierStatus#portal()} maps each of the platform's statuses onto exactly one.
 *
 * <p>Where the list comes from (docs/dossiers.md, "Statuses and the National Public Service Portal"): the
 * portal's integration specification itself could not be read here; the numbers and names are those that
 * three independent systems which synchronize with the portal use, all alike: VietOpenCPS/opencps-v2
 * ({@code DossierManagementConstants#mappingDossierStatusWithDVCQG}, sent as {@code TrangThaiHoSo} by
 * {@code DVCQGIntegrationActionImpl}), the one-stop system in HuanVu201/DichVuCong_KhoaLuan_PASETO
 * ({@code HoSoEventUtils#GetTenTrangThaiHoSo}, its status sent unchanged by
 * {@code SyncLocalDataToDVCQGService}) and a ministry portal's sync guide (the status table of its step 6,
 * {@code CapNhatTrangThai}).
 */
public enum PortalStatus {

	NEWLY_REGISTERED(1, "Mới đăng ký"),
	RECEIVED(2, "Được tiếp nhận"),
	NOT_RECEIVED(3, "Không được tiếp nhận"),
	PROCESSING(4, "Đang xử lý"),
	SUPPLEMENT_REQUESTED(5, "Yêu cầu bổ sung giấy tờ"),
	FINANCIAL_OBLIGATION_REQUESTED(6, "Yêu cầu thực hiện nghĩa vụ tài chính"),
	WITHDRAWAL_REQUESTED(7, "Công dân yêu cầu rút hồ sơ"),
	STOPPED(8, "Dừng xử lý"),
	PROCESSED(9, "Đã xử lý xong"),
	RESULT_RETURNED(10, "Đã trả kết quả");

	private final int code;
	private final String label;

	PortalStatus(int code, String label) {
		this.code = code;
		this.label = label;
	}

	/** The number the portal uses. */
	public int code() {
		return code;
	}

	/** The name the portal shows. */
	public String label() {
		return label;
	}

	/**
	 * Whether the portal takes this status as the end of processing. The portal's published method for
	 * the service index of Decision 766/QĐ-TTg computes the end of processing from "Không được tiếp nhận /
	 * từ chối, Dừng xử lý, Đã xử lý xong, Đã trả kết quả, Công dân yêu cầu rút hồ sơ" (see
	 * docs/dossiers.md): a dossier reported in one of these is counted as finished.
	 */
	public boolean endsProcessing() {
		return this == NOT_RECEIVED || this == WITHDRAWAL_REQUESTED || this == STOPPED || this == PROCESSED
				|| this == RESULT_RETURNED;
	}
}
