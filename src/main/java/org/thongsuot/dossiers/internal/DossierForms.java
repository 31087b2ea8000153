package org.thongsuot.dossiers.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.thongsuot.dossiers.DossierAction;
import org.thongsuot.dossiers.DossierDocument;
import org.thongsuot.dossiers.DossierStatus;
import org.thongsuot.dossiers.DossierView;
import org.thongsuot.dossiers.SubmissionChannel;
import org.thongsuot.identity.CurrentUser;
import org.thongsuot.platform.ApiException;
import org.thongsuot.platform.ErrorCode;

/**
 * The forms of the one-stop mechanism as PDF, in Vietnamese, for one dossier.
 *
 * <p>Which forms: since 2025-07-01 the one-stop mechanism is governed by Decree 118/2025/NĐ-CP (9 June
 * 2025, "về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và
 * Cổng Dịch vụ công quốc gia"), which replaced Decree 61/2018/NĐ-CP; its guiding Circular 03/2025/TT-VPCP
 * (15 September 2025) replaced Circular 01/2018/TT-VPCP and sets the forms in its Appendix I: 01 Giấy tiếp
 * nhận hồ sơ và hẹn trả kết quả, 02 Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ, 03 Phiếu từ chối tiếp nhận
 * giải quyết hồ sơ, 04 Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết, 05 Thông báo dừng giải
 * quyết hồ sơ, 06 Phiếu kiểm soát quá trình giải quyết hồ sơ, 07 Sổ theo dõi hồ sơ. Sources: the list of
 * Appendix I as published by thuviennhadat.vn ("Tải file word biểu mẫu Thông tư 03/2025/TT-VPCP"), the
 * Circular's preamble at hethongphapluat.com, Decree 118/2025/NĐ-CP at hethongphapluat.vn, and Decision
 * 128/2025/QĐ-UBND of Thanh Hóa citing both. The numbers and titles follow Circular 03/2025; the fields
 * inside each form follow the layout of the earlier forms of Circular 01/2018/TT-VPCP, because the text
 * of Appendix I itself could not be read here (see docs/dossiers.md, "Forms").
 */
@Component
public class DossierForms {

	/** The forms, numbered as in Appendix I of Circular 03/2025/TT-VPCP. */
	enum Form {
		RECEIPT("01", "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ"),
		SUPPLEMENT("02", "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ"),
		REFUSAL("03", "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ"),
		APOLOGY("04", "VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT"),
		STOP("05", "THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ"),
		CONTROL("06", "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ");

		final String number;
		final String title;

		Form(String number, String title) {
			this.number = number;
			this.title = title;
		}

		static Optional<Form> of(String number) {
			String n = number == null ? "" : number.strip().toLowerCase(Locale.ROOT).replaceFirst("\\.pdf$", "");
			for (Form f : values()) {
				if (f.number.equals(n)) {
					return Optional.of(f);
				}
			}
			return Optional.empty();
		}
	}

	static final String SOURCE = "Phụ lục I, Thông tư 03/2025/TT-VPCP";

	private final DossierReader reader;
	private final DossierRepository repository;
	private final ReceiptSecrets secrets;
	private final Clocks clocks;
	private final byte[] regular;
	private final byte[] bold;

	DossierForms(DossierReader reader, DossierRepository repository, ReceiptSecrets secrets, Clocks clocks) {
		this.reader = reader;
		this.repository = repository;
		this.secrets = secrets;
		this.clocks = clocks;
		this.regular = font("/fonts/DejaVuSans.ttf");
		this.bold = font("/fonts/DejaVuSans-Bold.ttf");
	}

	private static byte[] font(String path) {
		try (InputStream in = DossierForms.class.getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("font missing from the classpath: " + path);
			}
			return in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Form {@code number} of the dossier, for a reader of the dossier (an official involved, its citizen, or
	 * the holder of the receipt's secret). The receipt's secret is printed on form 01 only for officials of
	 * the receiving agency and the citizen who submitted it; {@code trackingBase} is the address of the
	 * platform, for the QR code and the tracking link.
	 */
	public DossierDocument render(String code, String number, String secret, CurrentUser user, String trackingBase) {
		Form form = Form.of(number).orElseThrow(() -> ApiException.ofParameter(ErrorCode.DOSSIER_FORM_NOT_FOUND,
				"form", String.valueOf(number)));
		DossierRepository.Row row = reader.find(code)
				.orElseThrow(() -> ApiException.of(ErrorCode.DOSSIER_NOT_FOUND, String.valueOf(code)));
		boolean full = reader.involved(row, user);
		if (!full && !DossierReader.secretMatches(row, secret)) {
			throw ApiException.of(ErrorCode.DOSSIER_NOT_FOUND, String.valueOf(code));
		}
		DossierView view = reader.view(row, full);
		boolean mayPrintSecret = full && (user.citizen() || user.worksFor(row.agencyId()));
		byte[] pdf = switch (form) {
			case RECEIPT -> receipt(view, mayPrintSecret ? secrets.open(repository.sealedSecret(row.id())) : Optional.empty(),
					components(row.id()), row.receivedBy(), full, trackingBase);
			case SUPPLEMENT -> supplement(view, last(view, form, DossierAction.REQUEST_SUPPLEMENT));
			case REFUSAL -> refusal(view, last(view, form, DossierAction.REFUSE, DossierAction.DECLINE));
			case APOLOGY -> apology(view, repository.apologies(row.id()).stream().reduce((a, b) -> b)
					.orElseThrow(() -> notIssued(view, form)), full);
			case STOP -> stop(view, last(view, form, DossierAction.WITHDRAW, DossierAction.SUSPEND));
			case CONTROL -> control(view, full);
		};
		return new DossierDocument("mau-" + form.number + "-" + view.code() + ".pdf", "application/pdf", pdf);
	}

	private List<String> components(long dossierId) {
		Set<String> names = new LinkedHashSet<>();
		repository.files(dossierId).forEach(f -> names.add(f.component()));
		return new ArrayList<>(names);
	}

	private static DossierView.Event last(DossierView view, Form form, DossierAction... actions) {
		List<DossierAction> wanted = List.of(actions);
		return view.history().stream().filter(e -> e.action() != null && wanted.contains(e.action()))
				.max(Comparator.comparing(DossierView.Event::at)).orElseThrow(() -> notIssued(view, form));
	}

	private static ApiException notIssued(DossierView view, Form form) {
		return ApiException.ofParameter(ErrorCode.DOSSIER_FORM_NOT_FOUND, "form", form.number)
				.withDetail("problem.DOSSIER_FORM_NOT_FOUND.notIssued", form.number, view.code());
	}

	// --- the forms -------------------------------------------------------------------------------------

	private byte[] receipt(DossierView d, Optional<String> secret, List<String> components, String receivedBy,
			boolean full, String trackingBase) {
		String tracking = trackingBase + "/tracking";
		String qr = tracking + "#code=" + url(d.code()) + secret.map(s -> "&secret=" + url(s)).orElse("");
		try (PdfPages pdf = start(d, Form.RECEIPT, d.receivedAt())) {
			title(pdf, Form.RECEIPT);
			pdf.centred("Mã hồ sơ: " + d.code(), true, 12);
			pdf.gap(8);
			pdf.paragraph(d.agencyName() + " tiếp nhận hồ sơ của: " + d.applicant().name());
			pdf.field("Số định danh cá nhân:", d.applicant().idNumber());
			if (full && d.applicant().phone() != null) {
				pdf.field("Số điện thoại:", d.applicant().phone());
			}
			pdf.field("Nội dung yêu cầu giải quyết:", d.procedureName() + " (mã thủ tục " + d.procedureCode() + ")");
			pdf.paragraph("1. Thành phần hồ sơ nộp gồm:");
			int i = 1;
			for (String c : components) {
				pdf.text("(" + i++ + ") " + c, false, 11, 16, PdfPages.width() - 16, false);
			}
			if (components.isEmpty()) {
				pdf.text("(theo hồ sơ lưu tại cơ quan)", false, 11, 16, PdfPages.width() - 16, false);
			}
			pdf.paragraph("2. Số lượng hồ sơ: 01 bộ.");
			long minutes = d.steps().stream().mapToLong(DossierView.Step::shareMinutes).sum();
			pdf.paragraph("3. Thời gian giải quyết hồ sơ theo quy định: " + workingTime(minutes) + ".");
			pdf.paragraph("4. Thời gian nhận hồ sơ: " + longTime(clocks.local(d.receivedAt())) + ".");
			pdf.paragraph("5. Thời gian trả kết quả giải quyết hồ sơ: " + longTime(d.dueAt()) + ".");
			pdf.paragraph("6. Hình thức nộp hồ sơ: " + channel(d.channel()) + ".");
			pdf.gap(6);
			pdf.qrBeside(qr, 78, List.of(
					PdfPages.Line.of("Tra cứu tình trạng hồ sơ: quét mã QR bên cạnh, hoặc vào " + tracking
							+ " và nhập mã hồ sơ cùng mã bí mật."),
					PdfPages.Line.bold("Mã hồ sơ: " + d.code()),
					PdfPages.Line.bold("Mã bí mật tra cứu: " + secret.orElse("(chỉ in trên bản giao người nộp hồ sơ)"))));
			pdf.gap(12);
			signatures(pdf, "NGƯỜI NỘP HỒ SƠ", d.applicant().name(), "NGƯỜI TIẾP NHẬN HỒ SƠ",
					full ? receivedBy : "");
			return pdf.bytes();
		}
	}

	private byte[] supplement(DossierView d, DossierView.Event request) {
		try (PdfPages pdf = start(d, Form.SUPPLEMENT, request.at())) {
			title(pdf, Form.SUPPLEMENT);
			addressee(pdf, d);
			pdf.paragraph(d.agencyName() + " đã tiếp nhận hồ sơ đề nghị giải quyết thủ tục hành chính: "
					+ d.procedureName() + ", mã hồ sơ " + d.code() + ", ngày " + shortDate(clocks.local(d.receivedAt()))
					+ ".");
			pdf.paragraph("Sau khi xem xét, thẩm định hồ sơ, đề nghị Ông/Bà bổ sung, hoàn thiện hồ sơ gồm những nội dung "
					+ "sau:");
			pdf.text(request.note(), false, 11, 16, PdfPages.width() - 16, false);
			pdf.gap(4);
			pdf.paragraph("Thời hạn giải quyết tạm dừng từ " + longTime(clocks.local(request.at()))
					+ " cho đến khi nhận đủ hồ sơ bổ sung. Trong quá trình hoàn thiện hồ sơ, nếu có vướng mắc, Ông/Bà "
					+ "liên hệ " + d.agencyName() + " để được hướng dẫn.");
			pdf.gap(12);
			signatures(pdf, "", "", "NGƯỜI LẬP PHIẾU", actor(request));
			return pdf.bytes();
		}
	}

	private byte[] refusal(DossierView d, DossierView.Event refusal) {
		try (PdfPages pdf = start(d, Form.REFUSAL, refusal.at())) {
			title(pdf, Form.REFUSAL);
			addressee(pdf, d);
			pdf.paragraph(d.agencyName() + " đã tiếp nhận hồ sơ của Ông/Bà đề nghị giải quyết thủ tục hành chính: "
					+ d.procedureName() + ", mã hồ sơ " + d.code() + ".");
			pdf.paragraph("Qua xem xét, " + d.agencyName() + " thông báo không tiếp nhận, giải quyết hồ sơ này với lý do "
					+ "cụ thể như sau:");
			pdf.text(refusal.note(), false, 11, 16, PdfPages.width() - 16, false);
			pdf.gap(4);
			pdf.paragraph("Xin thông báo để Ông/Bà được biết và thực hiện.");
			pdf.gap(12);
			signatures(pdf, "", "", "NGƯỜI LẬP PHIẾU", actor(refusal));
			return pdf.bytes();
		}
	}

	private byte[] apology(DossierView d, DossierRepository.Apology a, boolean full) {
		try (PdfPages pdf = start(d, Form.APOLOGY, a.at())) {
			title(pdf, Form.APOLOGY);
			addressee(pdf, d);
			pdf.paragraph(d.agencyName() + " tiếp nhận hồ sơ của Ông/Bà đề nghị giải quyết thủ tục hành chính: "
					+ d.procedureName() + ", mã hồ sơ " + d.code() + ", ngày " + shortDate(clocks.local(d.receivedAt()))
					+ ".");
			pdf.paragraph("Thời gian hẹn trả kết quả giải quyết hồ sơ: " + longTime(a.previousDueAt()) + ".");
			pdf.paragraph("Tuy nhiên đến nay, " + d.agencyName() + " chưa trả kết quả giải quyết hồ sơ của Ông/Bà. "
					+ "Lý do:");
			pdf.text(a.reason(), false, 11, 16, PdfPages.width() - 16, false);
			pdf.gap(4);
			pdf.paragraph(d.agencyName() + " xin lỗi Ông/Bà vì sự chậm trễ này và đề nghị gia hạn thời gian giải quyết, "
					+ "hẹn lại thời gian trả kết quả vào: " + longTime(a.newDueAt()) + ".");
			pdf.paragraph("Rất mong nhận được sự thông cảm của Ông/Bà.");
			pdf.gap(12);
			signatures(pdf, "", "", "ĐẠI DIỆN CƠ QUAN", full ? a.actor() : "");
			return pdf.bytes();
		}
	}

	private byte[] stop(DossierView d, DossierView.Event stop) {
		boolean withdrawn = stop.action() == DossierAction.WITHDRAW;
		try (PdfPages pdf = start(d, Form.STOP, stop.at())) {
			title(pdf, Form.STOP);
			addressee(pdf, d);
			pdf.paragraph(d.agencyName() + " đã tiếp nhận hồ sơ của Ông/Bà đề nghị giải quyết thủ tục hành chính: "
					+ d.procedureName() + ", mã hồ sơ " + d.code() + ", ngày " + shortDate(clocks.local(d.receivedAt()))
					+ ".");
			pdf.paragraph(withdrawn
					? d.agencyName() + " thông báo dừng giải quyết hồ sơ theo yêu cầu rút hồ sơ của Ông/Bà, từ "
							+ longTime(clocks.local(stop.at())) + ". Lý do:"
					: d.agencyName() + " thông báo tạm dừng giải quyết hồ sơ từ " + longTime(clocks.local(stop.at()))
							+ "; thời hạn giải quyết không tính trong thời gian tạm dừng. Lý do:");
			pdf.text(stop.note(), false, 11, 16, PdfPages.width() - 16, false);
			pdf.gap(4);
			pdf.paragraph("Xin thông báo để Ông/Bà được biết.");
			pdf.gap(12);
			// A withdrawal is recorded by whoever sent it (possibly the citizen): the agency signs the notice.
			signatures(pdf, "", "", "NGƯỜI LẬP PHIẾU", withdrawn ? "" : actor(stop));
			return pdf.bytes();
		}
	}

	private byte[] control(DossierView d, boolean full) {
		try (PdfPages pdf = start(d, Form.CONTROL, clocks.now())) {
			title(pdf, Form.CONTROL);
			pdf.centred("Mã hồ sơ: " + d.code(), true, 12);
			pdf.gap(6);
			pdf.field("Kèm theo hồ sơ của:", d.applicant().name());
			pdf.field("Nội dung yêu cầu giải quyết:", d.procedureName() + " (mã thủ tục " + d.procedureCode() + ")");
			pdf.field("Cơ quan tiếp nhận:", d.agencyName());
			pdf.field("Ngày nhận hồ sơ:", longTime(clocks.local(d.receivedAt())));
			pdf.field("Ngày hẹn trả kết quả:", longTime(d.dueAt()));
			pdf.field("Trạng thái hiện tại:", statusName(d.status()));
			if (d.timeliness() != null) {
				pdf.field("Kết quả giải quyết so với hạn:", timeliness(d.timeliness()));
			}
			pdf.gap(8);
			List<List<String>> rows = new ArrayList<>();
			int i = 1;
			for (DossierView.Event e : d.history()) {
				String step = e.step() == null || e.step() >= d.steps().size() ? ""
						: d.steps().get(e.step()).name() + " (" + roleName(d.steps().get(e.step()).role()) + ")";
				rows.add(List.of(String.valueOf(i++), shortTime(clocks.local(e.at())), step,
						full && e.actor() != null ? e.actor() : "—", actionName(e.action()) + " → " + statusName(e.toStatus()),
						note(e)));
			}
			float w = PdfPages.width();
			pdf.table(List.of("STT", "Thời gian giao, nhận", "Bước xử lý", "Người thực hiện", "Nội dung xử lý",
					"Ghi chú"), rows, new float[] { w * 0.06f, w * 0.16f, w * 0.19f, w * 0.15f, w * 0.22f, w * 0.22f });
			return pdf.bytes();
		}
	}

	// --- parts ------------------------------------------------------------------------------------------

	private PdfPages start(DossierView d, Form form, Instant issued) {
		PdfPages pdf = new PdfPages(regular, bold, "Mẫu số " + form.number + " – " + form.title + " – " + d.code());
		pdf.text("Mẫu số " + form.number + " (" + SOURCE + ")", false, 8, 0, PdfPages.width() - 72, false);
		pdf.gap(4);
		float left = PdfPages.width() * 0.42f;
		float underMotto = pdf.columns(List.of(PdfPages.Line.bold(d.agencyName().toUpperCase(new Locale("vi"))),
				PdfPages.Line.of("BỘ PHẬN MỘT CỬA")),
				List.of(PdfPages.Line.bold("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
						PdfPages.Line.bold("Độc lập - Tự do - Hạnh phúc")),
				left);
		float motto = pdf.textWidth("Độc lập - Tự do - Hạnh phúc", true, 11);
		pdf.rule(left + (PdfPages.width() - left - motto) / 2, motto, underMotto);
		pdf.gap(6);
		pdf.text(longDate(clocks.local(issued)), false, 11, left, PdfPages.width() - left, true);
		pdf.gap(10);
		return pdf;
	}

	private static void title(PdfPages pdf, Form form) {
		pdf.centred(form.title, true, 14);
		pdf.gap(4);
	}

	private static void addressee(PdfPages pdf, DossierView d) {
		pdf.field("Kính gửi:", d.applicant().name());
		pdf.gap(4);
	}

	private static void signatures(PdfPages pdf, String leftRole, String leftName, String rightRole, String rightName) {
		pdf.need(90);
		float half = PdfPages.width() / 2;
		List<PdfPages.Line> left = leftRole.isEmpty() ? List.of()
				: List.of(PdfPages.Line.bold(leftRole), PdfPages.Line.of("(Ký và ghi rõ họ tên)"));
		List<PdfPages.Line> right = List.of(PdfPages.Line.bold(rightRole), PdfPages.Line.of("(Ký và ghi rõ họ tên)"));
		pdf.columns(left, right, half);
		pdf.gap(48);
		pdf.columns(leftName == null || leftName.isEmpty() ? List.of() : List.of(PdfPages.Line.of(leftName)),
				rightName == null || rightName.isEmpty() ? List.of() : List.of(PdfPages.Line.of(rightName)), half);
	}

	/** The history's note; the receipt's note is the channel, printed in words. */
	private static String note(DossierView.Event e) {
		if (e.note() == null) {
			return "";
		}
		if (e.action() == null) {
			try {
				return "Nộp " + channel(SubmissionChannel.valueOf(e.note()));
			}
			catch (IllegalArgumentException notAChannel) {
				return e.note();
			}
		}
		return e.note();
	}

	private static String actor(DossierView.Event e) {
		return e.actor() == null ? "" : e.actor();
	}

	private static String url(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

	private String workingTime(long minutes) {
		long day = clocks.dayMinutes();
		long days = minutes / day;
		long rest = minutes % day;
		StringBuilder b = new StringBuilder();
		if (days > 0) {
			b.append(days).append(" ngày làm việc");
		}
		if (rest > 0) {
			b.append(b.isEmpty() ? "" : " ").append(rest / 60).append(" giờ");
			if (rest % 60 > 0) {
				b.append(' ').append(rest % 60).append(" phút");
			}
			b.append(" làm việc");
		}
		return b.isEmpty() ? "0 ngày làm việc" : b.toString();
	}

	static String longTime(LocalDateTime t) {
		return t == null ? "" : String.format("%02d giờ %02d phút, ngày %02d tháng %02d năm %d", t.getHour(),
				t.getMinute(), t.getDayOfMonth(), t.getMonthValue(), t.getYear());
	}

	static String longDate(LocalDateTime t) {
		return String.format("Ngày %02d tháng %02d năm %d", t.getDayOfMonth(), t.getMonthValue(), t.getYear());
	}

	static String shortDate(LocalDateTime t) {
		return String.format("%02d/%02d/%d", t.getDayOfMonth(), t.getMonthValue(), t.getYear());
	}

	static String shortTime(LocalDateTime t) {
		return String.format("%02d:%02d %02d/%02d/%d", t.getHour(), t.getMinute(), t.getDayOfMonth(),
				t.getMonthValue(), t.getYear());
	}

	private static String channel(SubmissionChannel c) {
		return switch (c) {
			case ONLINE -> "trực tuyến";
			case COUNTER -> "trực tiếp";
			case POST -> "qua dịch vụ bưu chính";
		};
	}

	private static String timeliness(DossierView.Timeliness t) {
		String span = t.workingDays() + " ngày làm việc " + t.minutes() / 60 + " giờ " + t.minutes() % 60 + " phút";
		return switch (t.status()) {
			case "EARLY" -> "Trước hạn " + span;
			case "LATE" -> "Quá hạn " + span;
			default -> "Đúng hạn";
		};
	}

	static String roleName(String role) {
		return switch (role) {
			case "RECEIVER" -> "cán bộ tiếp nhận";
			case "SPECIALIST" -> "chuyên viên";
			case "LEADER" -> "lãnh đạo";
			default -> "quản trị";
		};
	}

	static String statusName(DossierStatus s) {
		return switch (s) {
			case SUBMITTED -> "Mới đăng ký";
			case RECEIVED -> "Được tiếp nhận";
			case NOT_ACCEPTED -> "Không được tiếp nhận";
			case PROCESSING -> "Đang xử lý";
			case SUPPLEMENT_REQUESTED -> "Yêu cầu bổ sung giấy tờ";
			case FINANCIAL_OBLIGATION -> "Chờ thực hiện nghĩa vụ tài chính";
			case WITHDRAWN -> "Đã rút hồ sơ";
			case SUSPENDED -> "Tạm dừng xử lý";
			case STOPPED -> "Dừng xử lý";
			case DONE -> "Đã xử lý xong";
			case RESULT_RETURNED -> "Đã trả kết quả";
		};
	}

	static String actionName(DossierAction a) {
		if (a == null) {
			return "Tiếp nhận";
		}
		return switch (a) {
			case ACCEPT -> "Tiếp nhận hồ sơ trực tuyến";
			case DECLINE -> "Từ chối tiếp nhận";
			case FORWARD -> "Chuyển bước tiếp theo";
			case RETURN -> "Trả về bước trước";
			case REQUEST_SUPPLEMENT -> "Yêu cầu bổ sung";
			case SUPPLY -> "Nhận bổ sung";
			case REFUSE -> "Từ chối giải quyết";
			case APPROVE -> "Phê duyệt";
			case RETURN_RESULT -> "Trả kết quả";
			case WITHDRAW -> "Rút hồ sơ";
			case SUSPEND -> "Tạm dừng";
			case RESUME -> "Tiếp tục xử lý";
			case REQUEST_FINANCIAL_OBLIGATION -> "Yêu cầu thực hiện nghĩa vụ tài chính";
			case FULFIL_FINANCIAL_OBLIGATION -> "Đã thực hiện nghĩa vụ tài chính";
			case APOLOGIZE -> "Xin lỗi, hẹn lại ngày trả";
			case ATTACH_RESULT -> "Đính kèm kết quả";
			case MARK_READY -> "Kết quả sẵn sàng trả";
			case TRANSFER -> "Chuyển cơ quan giải quyết do sắp xếp đơn vị hành chính";
		};
	}
}
