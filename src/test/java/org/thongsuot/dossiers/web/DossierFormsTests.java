package org.thongsuot.dossiers.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.thongsuot.dossiers.DossierFixture.PASSWORD;
import static org.thongsuot.dossiers.DossierFixture.PDF;
import static org.thongsuot.dossiers.DossierFixture.PROCEDURE;
import static org.thongsuot.dossiers.DossierFixture.receipt;

import java.io.IOException;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.thongsuot.IntegrationTest;
import org.thongsuot.dossiers.DossierFixture;
import org.thongsuot.dossiers.DossierFixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The one-stop forms (Circular 03/2025/TT-VPCP, Appendix I) as PDFs with correct Vietnamese text. */
@IntegrationTest
class DossierFormsTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	DossierFixtures fixtures;

	DossierFixture fixture;

	@BeforeEach
	void setUp() {
		fixture = fixtures.get();
	}

	JsonNode receive() {
		return fixture.receiveAtCommuneA(mvc, json, "recv-a", "COUNTER", "068190001234");
	}

	void act(String user, String code, String action, int version, String note) {
		DossierFixture.postJson(mvc, json, user, "/api/dossiers/" + code + "/actions/" + action,
				DossierFixture.actionBody(version, note), 200);
	}

	static String text(MvcTestResult result) throws IOException {
		assertThat(result).hasStatusOk().hasContentType("application/pdf");
		byte[] bytes = result.getResponse().getContentAsByteArray();
		assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		// Kept for people to look at, like the browser tests' screenshots.
		java.nio.file.Path samples = java.nio.file.Path.of("target", "pdf-samples");
		java.nio.file.Files.createDirectories(samples);
		java.nio.file.Files.write(samples.resolve(result.getRequest().getRequestURI().replaceAll(".*/forms/", "mau-")),
				bytes);
		try (PDDocument pdf = Loader.loadPDF(bytes)) {
			return words(new PDFTextStripper().getText(pdf));
		}
	}

	/** The text with wrapped lines joined: a long sentence may break anywhere between words. */
	static String words(String text) {
		return text.replaceAll("\\s+", " ");
	}

	@Test
	void theReceiptFormCarriesTheNationalHeaderTheDossierAndForTheReceivingOfficerTheSecret() throws IOException {
		JsonNode receipt = receive();
		String code = receipt.get("dossier").get("code").asString();
		String secret = receipt.get("secret").asString();

		String text = text(mvc.get().uri("/api/dossiers/" + code + "/forms/01.pdf").with(httpBasic("recv-a", PASSWORD))
				.exchange());

		assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
				"GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", "Mẫu số 01", "Thông tư 03/2025/TT-VPCP", code,
				"Trần Thị Bình", "Thủ tục thử một cửa " + PROCEDURE, DossierFixture.COMPONENT,
				"Thời gian trả kết quả giải quyết hồ sơ", "NGƯỜI TIẾP NHẬN HỒ SƠ", secret);
		assertThat(text).contains(receipt.get("dossier").get("agencyName").asString());
	}

	@Test
	void theReceiptSecretIsNeverPrintedForThePublicNorForAnotherAgency() throws IOException {
		JsonNode receipt = receive();
		String code = receipt.get("dossier").get("code").asString();
		String secret = receipt.get("secret").asString();

		String forPublic = text(mvc.get().uri("/api/dossiers/" + code + "/forms/01.pdf?secret=" + secret).exchange());
		assertThat(forPublic).contains(code, "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ").doesNotContain(secret)
				.doesNotContain("068190001234");
		assertThat(mvc.get().uri("/api/dossiers/" + code + "/forms/01.pdf")).hasStatus(404);
		assertThat(mvc.get().uri("/api/dossiers/" + code + "/forms/01.pdf").with(httpBasic("recv-b", PASSWORD)))
				.hasStatus(404).bodyJson().extractingPath("$.code").isEqualTo("DOSSIER_NOT_FOUND");
	}

	@Test
	void theControlSlipRendersTheHistoryAndTheSupplementAndRefusalFormsTheirReasons() throws IOException {
		String code = receive().get("dossier").get("code").asString();
		act("recv-a", code, "forward", 0, null);
		act("spec-a", code, "request-supplement", 1, "Thiếu bản sao giấy khai sinh của người được giám hộ");
		act("recv-a", code, "supply", 2, null);
		act("spec-a", code, "refuse", 3, "Người yêu cầu không đủ điều kiện làm người giám hộ");

		String slip = text(mvc.get().uri("/api/dossiers/" + code + "/forms/06.pdf").with(httpBasic("spec-a", PASSWORD))
				.exchange());
		assertThat(slip).contains("PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ", code, "Tiếp nhận", "Thẩm định",
				"Yêu cầu bổ sung", "recv-a", "spec-a", "Dừng xử lý");
		String supplement = text(mvc.get().uri("/api/dossiers/" + code + "/forms/02.pdf")
				.with(httpBasic("recv-a", PASSWORD)).exchange());
		assertThat(supplement).contains("PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ", "Kính gửi", "Trần Thị Bình",
				"giấy khai sinh của người được giám hộ");
		String refusal = text(mvc.get().uri("/api/dossiers/" + code + "/forms/03.pdf")
				.with(httpBasic("recv-a", PASSWORD)).exchange());
		assertThat(refusal).contains("PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ",
				"không đủ điều kiện làm người giám hộ");
	}

	@Test
	void anUnknownFormNumberOrAFormNotIssuedIsAClearNotFound() {
		String code = receive().get("dossier").get("code").asString();

		assertThat(mvc.get().uri("/api/dossiers/" + code + "/forms/09.pdf").with(httpBasic("recv-a", PASSWORD)))
				.hasStatus(404).bodyJson().satisfies(b -> {
					assertThat(b).extractingPath("$.code").isEqualTo("DOSSIER_FORM_NOT_FOUND");
					assertThat(b).extractingPath("$.parameter").isEqualTo("form");
				});
		assertThat(mvc.get().uri("/api/dossiers/" + code + "/forms/02.pdf").with(httpBasic("recv-a", PASSWORD)))
				.hasStatus(404).bodyJson().extractingPath("$.detail").asString().contains("02", code);
	}

	@Test
	void theReceiptsQrCodeOpensTheTrackingPageWithTheCodeAndTheSecretInTheFragment() throws Exception {
		JsonNode receipt = receive();
		String code = receipt.get("dossier").get("code").asString();
		String secret = receipt.get("secret").asString();
		byte[] bytes = mvc.get().uri("/api/dossiers/" + code + "/forms/01.pdf").with(httpBasic("recv-a", PASSWORD))
				.exchange().getResponse().getContentAsByteArray();

		java.awt.image.BufferedImage page;
		try (PDDocument pdf = Loader.loadPDF(bytes)) {
			page = new org.apache.pdfbox.rendering.PDFRenderer(pdf).renderImageWithDPI(0, 150);
		}
		int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
		var bitmap = new com.google.zxing.BinaryBitmap(new com.google.zxing.common.HybridBinarizer(
				new com.google.zxing.RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels)));
		String url = new com.google.zxing.qrcode.QRCodeReader().decode(bitmap,
				java.util.Map.of(com.google.zxing.DecodeHintType.TRY_HARDER, true)).getText();

		assertThat(url).endsWith("/tracking#code=" + code + "&secret=" + secret);
	}
}
