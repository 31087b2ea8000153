package org.thongsuot.dossiers.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.thongsuot.dossiers.DossierFixture.PASSWORD;
import static org.thongsuot.dossiers.DossierFixture.PDF;
import static org.thongsuot.dossiers.DossierFixture.PNG;
import static org.thongsuot.dossiers.DossierFixture.receipt;

import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.thongsuot.IntegrationTest;
import org.thongsuot.dossiers.DossierFixture;
import org.thongsuot.dossiers.DossierFixtures;
import org.thongsuot.dossiers.DossierResultAttached;
import org.thongsuot.dossiers.DossierResultReady;
import org.thongsuot.dossiers.PageLogins;
import org.thongsuot.dossiers.ResultSignature;
import org.thongsuot.dossiers.SignedPdfs;
import org.thongsuot.identity.Officials;
import org.thongsuot.identity.Role;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Result documents: attached, marked ready, returned at the counter, by post or online, and the registry. */
@IntegrationTest
@RecordApplicationEvents
class DossierResultsTests {

	static final byte[] RESULT = "%PDF-1.7\n% Trích lục giám hộ (ký số)\n%%EOF\n"
			.getBytes(java.nio.charset.StandardCharsets.UTF_8);

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	@Autowired
	Officials officials;

	@Autowired
	DossierFixtures fixtures;

	DossierFixture fixture;

	@BeforeEach
	void setUp() {
		fixture = fixtures.get();
	}

	JsonNode receive(String user, String channel, String idNumber) {
		return fixture.receiveAtCommuneA(mvc, json, user, channel, idNumber);
	}

	JsonNode act(String user, String code, String action, Map<String, Object> body, int status) {
		return DossierFixture.postJson(mvc, json, user, "/api/dossiers/" + code + "/actions/" + action, body, status);
	}

	static Map<String, Object> body(int version) {
		Map<String, Object> body = new HashMap<>();
		body.put("version", version);
		return body;
	}

	static Map<String, Object> withFile(int version, String name, byte[] content) {
		Map<String, Object> body = body(version);
		body.put("files", List.of(Map.of("fileName", name, "contentBase64", Base64.getEncoder().encodeToString(content))));
		return body;
	}

	/** A dossier received, processed and approved by commune A: version 3. */
	String approved(String user, String channel, String idNumber, JsonNode[] receipt) {
		receipt[0] = receive(user, channel, idNumber);
		String code = receipt[0].get("dossier").get("code").asString();
		int v = 0;
		if ("citizen-1".equals(user)) {
			act("recv-a", code, "accept", body(v++), 200);
		}
		act("recv-a", code, "forward", body(v++), 200);
		act("spec-a", code, "forward", body(v++), 200);
		act("lead-a", code, "approve", body(v), 200);
		return code;
	}

	int version(String code) {
		return jdbc.sql("SELECT version FROM dossier WHERE code = :c").param("c", code).query(Integer.class).single();
	}

	@Test
	void theResultIsAttachedMarkedReadyAndReturnedOnlineWhereTheApplicantDownloadsIt() {
		JsonNode[] receipt = new JsonNode[1];
		String code = approved("citizen-1", null, DossierFixture.CITIZEN_ID, receipt);
		String secret = receipt[0].get("secret").asString();
		int v = version(code);

		// Nothing to mark ready or return online before a result is attached; a disguised file is refused.
		assertThat(act("recv-a", code, "mark-ready", body(v), 409).get("detail").asString()).contains("kết quả");
		Map<String, Object> online = body(v);
		online.put("returnMethod", "ONLINE");
		assertThat(act("recv-a", code, "return-result", online, 409).get("code").asString())
				.isEqualTo("DOSSIER_STATE_CONFLICT");
		assertThat(act("lead-a", code, "attach-result", withFile(v, "ket-qua.pdf", PNG), 415).get("code").asString())
				.isEqualTo("FILE_TYPE_REFUSED");
		assertThat(act("spec-b", code, "attach-result", withFile(v, "ket-qua.pdf", RESULT), 404)).isNotNull();

		JsonNode attached = act("lead-a", code, "attach-result", withFile(v, "ket-qua.pdf", RESULT), 200);
		assertThat(attached.get("results").get(0).get("contentType").asString()).isEqualTo("application/pdf");
		assertThat(events.stream(DossierResultAttached.class).filter(e -> e.code().equals(code))).hasSize(1);
		JsonNode ready = act("recv-a", code, "mark-ready", body(v + 1), 200);
		assertThat(ready.get("resultReadyAt").isNull()).isFalse();
		assertThat(events.stream(DossierResultReady.class).filter(e -> e.code().equals(code))).hasSize(1);

		// Before the online return, the applicant cannot download it; the officials involved can.
		assertThat(mvc.get().uri("/api/dossiers/" + code + "/result").with(httpBasic("citizen-1", PASSWORD)))
				.hasStatus(404).bodyJson().extractingPath("$.code").isEqualTo("DOSSIER_RESULT_NOT_FOUND");
		MvcTestResult byOfficial = mvc.get().uri("/api/dossiers/" + code + "/result").with(httpBasic("spec-a", PASSWORD))
				.exchange();
		assertThat(byOfficial).hasStatusOk();
		assertThat(byOfficial.getResponse().getContentAsByteArray()).isEqualTo(RESULT);

		online.put("version", v + 2);
		JsonNode returned = act("recv-a", code, "return-result", online, 200);
		assertThat(returned.get("status").asString()).isEqualTo("RESULT_RETURNED");
		assertThat(returned.get("returnMethod").asString()).isEqualTo("ONLINE");

		MvcTestResult byOwner = mvc.get().uri("/api/dossiers/" + code + "/result").with(httpBasic("citizen-1", PASSWORD))
				.exchange();
		assertThat(byOwner).hasStatusOk().hasContentType("application/pdf");
		assertThat(byOwner.getResponse().getContentAsByteArray()).isEqualTo(RESULT);
		assertThat(mvc.get().uri("/api/dossiers/" + code + "/result?secret=" + secret)).hasStatusOk();
		// The tracking page says whether the result carries a digital signature (this one does not).
		assertThat(mvc.post().uri("/tracking").param("code", code).param("secret", secret).with(csrf())).hasStatusOk()
				.bodyText().contains("Không có chữ ký số (bản scan/bản giấy)");
		assertThat(mvc.get().uri("/api/dossiers/" + code + "/result?secret=WRONGWRONG")).hasStatus(404);
		assertThat(mvc.get().uri("/api/dossiers/" + code + "/result")).hasStatus(404);
	}

	@Test
	void anOfficialOfAnotherAgencyCannotDownloadTheResult() {
		JsonNode[] receipt = new JsonNode[1];
		String code = approved("recv-a", "COUNTER", "068190001234", receipt);
		act("lead-a", code, "attach-result", withFile(version(code), "ket-qua.pdf", RESULT), 200);

		assertThat(mvc.get().uri("/api/dossiers/" + code + "/result").with(httpBasic("recv-b", PASSWORD)))
				.hasStatus(404).bodyJson().extractingPath("$.code").isEqualTo("DOSSIER_NOT_FOUND");
		assertThat(mvc.get().uri("/api/dossiers/" + code + "/result").with(httpBasic("recv-p", PASSWORD)))
				.hasStatus(404);
		assertThat(mvc.get().uri("/api/dossiers/" + code + "/result").with(httpBasic("recv-a", PASSWORD)))
				.hasStatusOk();
	}

	@Test
	void theResultDocumentCanComeWithTheApprovalAndBeReturnedByPost() {
		JsonNode dossier = receive("recv-a", "POST", "068190001234").get("dossier");
		String code = dossier.get("code").asString();
		act("recv-a", code, "forward", body(0), 200);
		act("spec-a", code, "forward", body(1), 200);
		JsonNode done = act("lead-a", code, "approve", withFile(2, "ket-qua.pdf", RESULT), 200);
		assertThat(done.get("status").asString()).isEqualTo("DONE");
		assertThat(done.get("results")).hasSize(1);

		Map<String, Object> post = body(3);
		post.put("returnMethod", "POST");
		post.put("note", "Bưu gửi số EMS-123");
		JsonNode returned = act("recv-a", code, "return-result", post, 200);
		assertThat(returned.get("returnMethod").asString()).isEqualTo("POST");
		assertThat(returned.get("history").get(returned.get("history").size() - 1).get("note").asString())
				.contains("EMS-123", "POST");
	}

	@Test
	void theResultsRegistryListsTheAgencysIssuedResultsInThePeriodForItsOfficialsOnly() {
		JsonNode[] receipt = new JsonNode[1];
		String code = approved("recv-a", "COUNTER", "068190001234", receipt);
		act("lead-a", code, "attach-result", withFile(version(code), "ket-qua.pdf", RESULT), 200);
		String today = LocalDate.now(org.thongsuot.units.Units.ZONE).toString();

		MvcTestResult registry = mvc.get()
				.uri("/api/dossiers/results?agencyId=" + fixture.communeA + "&from=" + today + "&to=" + today)
				.with(httpBasic("recv-a", PASSWORD)).exchange();
		assertThat(registry).hasStatusOk();
		JsonNode rows = json.readTree(registry.getResponse().getContentAsByteArray());
		JsonNode row = null;
		for (JsonNode r : rows) {
			if (r.get("code").asString().equals(code)) {
				row = r;
			}
		}
		assertThat(row).isNotNull();
		assertThat(row.get("resultFileName").asString()).isEqualTo("ket-qua.pdf");
		assertThat(row.get("status").asString()).isEqualTo("DONE");

		String yesterday = LocalDate.now(org.thongsuot.units.Units.ZONE).minusDays(1).toString();
		assertThat(mvc.get().uri("/api/dossiers/results?agencyId=" + fixture.communeA + "&from=" + yesterday + "&to="
				+ yesterday).with(httpBasic("recv-a", PASSWORD))).hasStatusOk().bodyJson().isLenientlyEqualTo("[]");
		assertThat(mvc.get().uri("/api/dossiers/results?agencyId=" + fixture.communeA + "&from=" + today + "&to="
				+ today).with(httpBasic("recv-b", PASSWORD))).hasStatus(403);
		assertThat(mvc.get().uri("/api/dossiers/results?from=" + today + "&to=" + yesterday)
				.with(httpBasic("recv-a", PASSWORD))).hasStatus(400).bodyJson().extractingPath("$.parameter")
				.isEqualTo("to");
		assertThat(mvc.get().uri("/api/dossiers/results?from=" + today + "&to=" + today)).hasStatus(401);
	}

	@Test
	void aSignedResultIsAcceptedWithItsSignatureShownOnThePageInTheRegistryAndInTheAudit() {
		JsonNode[] receipt = new JsonNode[1];
		String code = approved("recv-a", "COUNTER", "068190001234", receipt);
		byte[] signed = SignedPdfs.signed("Trích lục", SignedPdfs.selfSigned("Trần Thị Ký (thử nghiệm)", "UBND xã A (thử nghiệm)"));

		JsonNode attached = act("lead-a", code, "attach-result", withFile(version(code), "ket-qua.pdf", signed), 200);

		JsonNode signature = attached.get("results").get(0).get("signatures").get(0);
		assertThat(signature.get("signerName").asString()).isEqualTo("Trần Thị Ký (thử nghiệm)");
		assertThat(signature.get("coversWholeDocument").asBoolean()).isTrue();
		assertThat(signature.get("trust").asString()).isEqualTo("NOT_CHECKED");
		assertThat(attached.get("files").get(0).has("signatures")).as("received papers are not checked").isFalse();
		assertThat(events.stream(DossierResultAttached.class).filter(e -> e.code().equals(code)))
				.singleElement().satisfies(e -> assertThat(e.signatures()).extracting(ResultSignature::signerName)
						.containsExactly("Trần Thị Ký (thử nghiệm)"));
		assertThat(mvc.get().uri("/dossiers/" + code).with(PageLogins.official("recv-a", Role.RECEIVER, fixture.communeA)))
				.hasStatusOk().bodyText()
				.contains("Có chữ ký số: Trần Thị Ký (thử nghiệm), ký lúc", "toàn vẹn", "Chữ ký bao trùm toàn bộ tệp",
						"Chưa kiểm tra chuỗi chứng thực (chưa cấu hình chứng thư gốc tin cậy)");
		String today = LocalDate.now(org.thongsuot.units.Units.ZONE).toString();
		assertThat(mvc.get().uri("/dossiers/results?agencyId=" + fixture.communeA + "&from=" + today + "&to=" + today)
				.with(PageLogins.official("recv-a", Role.RECEIVER, fixture.communeA)))
				.hasStatusOk().bodyText().contains("Có chữ ký số: Trần Thị Ký (thử nghiệm)");
	}

	@Test
	void aResultChangedAfterSigningIsRefusedAndTheDossierIsUnchanged() {
		JsonNode[] receipt = new JsonNode[1];
		String code = approved("recv-a", "COUNTER", "068190001234", receipt);
		int v = version(code);
		byte[] tampered = SignedPdfs.tampered(SignedPdfs.signed("Trích lục", SignedPdfs.selfSigned("Người ký", "UBND xã A")));

		JsonNode problem = act("lead-a", code, "attach-result", withFile(v, "ket-qua.pdf", tampered), 422);

		assertThat(problem.get("code").asString()).isEqualTo("RESULT_SIGNATURE_INVALID");
		assertThat(problem.get("parameter").asString()).isEqualTo("files[0]");
		assertThat(problem.get("detail").asString()).contains("ket-qua.pdf", "đã bị thay đổi sau khi ký");
		assertThat(version(code)).isEqualTo(v);
		assertThat(jdbc.sql("SELECT count(*) FROM dossier_result r JOIN dossier d ON d.id = r.dossier_id WHERE d.code = :c")
				.param("c", code).query(Long.class).single()).isZero();
		assertThat(events.stream(DossierResultAttached.class).filter(e -> e.code().equals(code))).isEmpty();
	}

	@Test
	void anUnsignedResultIsAcceptedAndShownAsUnsigned() {
		JsonNode[] receipt = new JsonNode[1];
		String code = approved("recv-a", "COUNTER", "068190001234", receipt);

		JsonNode attached = act("lead-a", code, "attach-result",
				withFile(version(code), "ket-qua.pdf", SignedPdfs.unsigned("Bản scan")), 200);

		assertThat(attached.get("results").get(0).get("signatures")).isEmpty();
		assertThat(mvc.get().uri("/dossiers/" + code).with(PageLogins.official("recv-a", Role.RECEIVER, fixture.communeA)))
				.hasStatusOk().bodyText().contains("Không có chữ ký số (bản scan/bản giấy)");
	}
}
