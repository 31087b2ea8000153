package org.thongsuot.dossiers.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.thongsuot.dossiers.DossierFixture.PASSWORD;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.thongsuot.IntegrationTest;
import org.thongsuot.dossiers.DossierApologized;
import org.thongsuot.dossiers.DossierFixture;
import org.thongsuot.dossiers.DossierFixtures;
import org.thongsuot.dossiers.DossierPaused;
import org.thongsuot.dossiers.DossierResumed;
import org.thongsuot.dossiers.DossierWithdrawn;
import org.thongsuot.platform.AuditedEvent;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Withdrawal, suspension, financial obligations and the apology for a late dossier. */
@IntegrationTest
@RecordApplicationEvents
class DossierStatusActionsTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	@Autowired
	DossierFixtures fixtures;

	DossierFixture fixture;

	@BeforeEach
	void setUp() {
		fixture = fixtures.get();
	}

	String receive(String user, String channel, String idNumber) {
		return fixture.receiveAtCommuneA(mvc, json, user, channel, idNumber).get("dossier").get("code").asString();
	}

	JsonNode act(String user, String code, String action, Map<String, Object> body, int status) {
		return DossierFixture.postJson(mvc, json, user, "/api/dossiers/" + code + "/actions/" + action, body, status);
	}

	static Map<String, Object> body(int version, String note) {
		return DossierFixture.actionBody(version, note);
	}

	String status(String code) {
		return jdbc.sql("SELECT status FROM dossier WHERE code = :c").param("c", code).query(String.class).single();
	}

	@Test
	void theApplicantWithdrawsTheirDossierWhichEndsWithoutAResultAndGetsTheStopNotice() throws IOException {
		String code = receive("citizen-1", null, DossierFixture.CITIZEN_ID);
		act("recv-a", code, "accept", body(0, null), 200);

		assertThat(act("citizen-1", code, "withdraw", body(1, null), 400).get("parameter").asString()).isEqualTo("note");
		assertThat(act("recv-b", code, "withdraw", body(1, "Rút"), 404).get("code").asString())
				.isEqualTo("DOSSIER_NOT_FOUND");
		JsonNode withdrawn = act("citizen-1", code, "withdraw", body(1, "Tôi không còn nhu cầu giám hộ"), 200);

		assertThat(withdrawn.get("status").asString()).isEqualTo("WITHDRAWN");
		assertThat(withdrawn.get("portalStatus").asInt()).isEqualTo(7);
		assertThat(withdrawn.get("completedAt").isNull()).isFalse();
		assertThat(act("spec-a", code, "forward", body(2, null), 409).get("code").asString())
				.isEqualTo("DOSSIER_STATE_CONFLICT");
		assertThat(events.stream(DossierWithdrawn.class).filter(e -> e.code().equals(code))).singleElement()
				.satisfies(e -> assertThat(((AuditedEvent) e).auditActor()).isEqualTo("citizen-1"));
		assertThat(jdbc.sql("SELECT actor FROM audit_entry WHERE subject_type = 'dossier' AND subject_id = :c"
				+ " AND action = 'DossierWithdrawn'").param("c", code).query(String.class).list())
				.containsExactly("citizen-1");
		try (PDDocument pdf = Loader.loadPDF(mvc.get().uri("/api/dossiers/" + code + "/forms/05.pdf")
				.with(httpBasic("citizen-1", PASSWORD)).exchange().getResponse().getContentAsByteArray())) {
			assertThat(DossierFormsTests.words(new PDFTextStripper().getText(pdf))).contains("THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ",
					"yêu cầu rút hồ sơ", "không còn nhu cầu giám hộ");
		}
	}

	@Test
	void aSuspensionStopsTheClockUntilResumedAndOnlyTheCurrentStepMayDoIt() throws IOException {
		String code = receive("recv-a", "COUNTER", "068190001234");
		act("recv-a", code, "forward", body(0, null), 200);

		assertThat(act("lead-a", code, "suspend", body(1, "Chờ kết quả xác minh"), 403).get("code").asString())
				.isEqualTo("DOSSIER_ACTION_FORBIDDEN");
		assertThat(act("spec-a", code, "suspend", body(1, " "), 400).get("parameter").asString()).isEqualTo("note");
		assertThat(status(code)).isEqualTo("PROCESSING");
		JsonNode suspended = act("spec-a", code, "suspend", body(1, "Chờ kết quả xác minh của công an xã"), 200);
		assertThat(suspended.get("status").asString()).isEqualTo("SUSPENDED");
		assertThat(suspended.get("paused").asBoolean()).isTrue();
		assertThat(act("spec-a", code, "forward", body(2, null), 409).get("code").asString())
				.isEqualTo("DOSSIER_STATE_CONFLICT");
		try (PDDocument pdf = Loader.loadPDF(mvc.get().uri("/api/dossiers/" + code + "/forms/05.pdf")
				.with(httpBasic("spec-a", PASSWORD)).exchange().getResponse().getContentAsByteArray())) {
			assertThat(DossierFormsTests.words(new PDFTextStripper().getText(pdf))).contains(
					"THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ", "Chờ kết quả xác minh của công an xã");
		}

		JsonNode resumed = act("spec-a", code, "resume", body(2, null), 200);
		assertThat(resumed.get("status").asString()).isEqualTo("PROCESSING");
		assertThat(resumed.get("paused").asBoolean()).isFalse();
		assertThat(LocalDateTime.parse(resumed.get("dueAt").asString()))
				.isAfterOrEqualTo(LocalDateTime.parse(suspended.get("dueAt").asString()));
		assertThat(events.stream(DossierPaused.class).filter(e -> e.code().equals(code))).hasSize(1);
		assertThat(events.stream(DossierResumed.class).filter(e -> e.code().equals(code))).hasSize(1);
		assertThat(jdbc.sql("SELECT count(*) FROM dossier_pause p JOIN dossier d ON d.id = p.dossier_id"
				+ " WHERE d.code = :c AND p.to_at IS NOT NULL").param("c", code).query(Long.class).single()).isOne();
	}

	@Test
	void waitingForAFinancialObligationStopsTheClockUntilTheReceiverConfirmsPayment() {
		String code = receive("recv-a", "COUNTER", "068190001234");
		act("recv-a", code, "forward", body(0, null), 200);

		JsonNode waiting = act("spec-a", code, "request-financial-obligation", body(1, "Nộp lệ phí 10.000 đồng"), 200);
		assertThat(waiting.get("status").asString()).isEqualTo("FINANCIAL_OBLIGATION");
		assertThat(waiting.get("portalStatus").asInt()).isEqualTo(6);
		assertThat(waiting.get("paused").asBoolean()).isTrue();
		assertThat(act("recv-b", code, "fulfil-financial-obligation", body(2, null), 404)).isNotNull();
		JsonNode paid = act("recv-a", code, "fulfil-financial-obligation", body(2, "Biên lai số 0001"), 200);
		assertThat(paid.get("status").asString()).isEqualTo("PROCESSING");
		assertThat(paid.get("paused").asBoolean()).isFalse();
	}

	@Test
	void aLateDossierGetsAnApologyWithANewAppointmentRecordedInItsHistory() throws IOException {
		String code = receive("recv-a", "COUNTER", "068190001234");
		act("recv-a", code, "forward", body(0, null), 200);
		Map<String, Object> apology = body(1, "Cần xác minh thêm nơi cư trú của người được giám hộ");
		apology.put("extensionDays", 3);
		assertThat(act("spec-a", code, "apologize", apology, 409).get("detail").asString()).contains("chưa quá hạn");

		// The appointment passed a month ago (as if the dossier had been received long before).
		jdbc.sql("UPDATE dossier SET due_at = due_at - interval '30 days' WHERE code = :c").param("c", code).update();
		LocalDateTime oldDue = jdbc.sql("SELECT due_at FROM dossier WHERE code = :c").param("c", code)
				.query(LocalDateTime.class).single();
		Map<String, Object> tooLong = new HashMap<>(apology);
		tooLong.put("extensionDays", 500);
		assertThat(act("spec-a", code, "apologize", tooLong, 400).get("parameter").asString())
				.isEqualTo("extensionDays");
		assertThat(act("lead-a", code, "apologize", apology, 403)).isNotNull();

		JsonNode apologized = act("spec-a", code, "apologize", apology, 200);
		LocalDateTime newDue = LocalDateTime.parse(apologized.get("dueAt").asString());
		assertThat(newDue).isAfter(LocalDateTime.now().minusMinutes(1)).isAfter(oldDue);
		assertThat(apologized.get("status").asString()).isEqualTo("PROCESSING");
		JsonNode last = apologized.get("history").get(apologized.get("history").size() - 1);
		assertThat(last.get("action").asString()).isEqualTo("APOLOGIZE");
		assertThat(last.get("note").asString()).contains("nơi cư trú");
		assertThat(events.stream(DossierApologized.class).filter(e -> e.code().equals(code))).singleElement()
				.satisfies(e -> assertThat(e.newDueAt()).isEqualTo(newDue));
		try (PDDocument pdf = Loader.loadPDF(mvc.get().uri("/api/dossiers/" + code + "/forms/04.pdf")
				.with(httpBasic("recv-a", PASSWORD)).exchange().getResponse().getContentAsByteArray())) {
			assertThat(DossierFormsTests.words(new PDFTextStripper().getText(pdf))).contains(
					"VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT", "xin lỗi Ông/Bà",
					"nơi cư trú của người được giám hộ",
					String.format("ngày %02d tháng %02d năm %d", newDue.getDayOfMonth(), newDue.getMonthValue(),
							newDue.getYear()));
		}
	}
}
