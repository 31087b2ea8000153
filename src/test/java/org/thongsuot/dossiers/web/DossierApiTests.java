package org.thongsuot.dossiers.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.thongsuot.dossiers.DossierFixture.PASSWORD;
import static org.thongsuot.dossiers.DossierFixture.PDF;
import static org.thongsuot.dossiers.DossierFixture.PNG;
import static org.thongsuot.dossiers.DossierFixture.PROCEDURE;
import static org.thongsuot.dossiers.DossierFixture.PROVINCE_PROCEDURE;
import static org.thongsuot.dossiers.DossierFixture.receipt;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.thongsuot.IntegrationTest;
import org.thongsuot.dossiers.DossierFixture;
import org.thongsuot.dossiers.DossierFixtures;
import org.thongsuot.dossiers.DossierProcessed;
import org.thongsuot.dossiers.DossierReceived;
import org.thongsuot.dossiers.DossierResultReturned;
import org.thongsuot.dossiers.DossierStepCompleted;
import org.thongsuot.dossiers.DossierSupplementRequested;
import org.thongsuot.dossiers.DossierSupplied;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The dossiers' REST API as a counter officer, a specialist, a leader, another commune and a citizen use it. */
@IntegrationTest
@RecordApplicationEvents
class DossierApiTests {

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

	MvcTestResult post(String user, String uri, Object body, String idempotencyKey) {
		var request = mvc.post().uri(uri).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
		if (idempotencyKey != null) {
			request = request.header("Idempotency-Key", idempotencyKey);
		}
		if (user != null) {
			request = request.with(httpBasic(user, PASSWORD));
		}
		return request.exchange();
	}

	JsonNode body(MvcTestResult result) {
		return json.readTree(result.getResponse().getContentAsByteArray());
	}

	JsonNode receive(String user, Map<String, Object> body) {
		MvcTestResult result = post(user, "/api/dossiers", body, null);
		assertThat(result).hasStatus(201);
		return body(result);
	}

	JsonNode act(String user, String code, String action, int version, String note, int status) {
		return DossierFixture.postJson(mvc, json, user, "/api/dossiers/" + code + "/actions/" + action,
				DossierFixture.actionBody(version, note), status);
	}

	Map<String, Object> counter(long agency) {
		return receipt(PROCEDURE, agency, "COUNTER", "068190001234", "to-khai.pdf", PDF);
	}

	@Test
	void aDossierGoesFromTheCounterThroughEachStepToTheReturnedResult() {
		JsonNode receipt = receive("recv-a", counter(fixture.communeA));
		JsonNode dossier = receipt.get("dossier");
		String code = dossier.get("code").asString();

		assertThat(code).matches("X" + fixture.communeA + "-\\d{6}-\\d{4}");
		assertThat(receipt.get("secret").asString()).hasSize(10);
		assertThat(dossier.get("status").asString()).isEqualTo("RECEIVED");
		assertThat(dossier.get("portalStatus").asInt()).isEqualTo(2);
		assertThat(dossier.get("dueAt").asString()).isNotBlank();
		assertThat(dossier.get("steps")).hasSize(3);
		assertThat(dossier.get("files").get(0).get("contentType").asString()).isEqualTo("application/pdf");
		assertThat(dossier.get("files").get(0).get("sha256").asString()).hasSize(64);
		assertThat(events.stream(DossierReceived.class).filter(e -> e.code().equals(code))).hasSize(1);

		// The specialist may not act on the receiver's step; nothing changes.
		assertThat(act("spec-a", code, "forward", 0, null, 403).get("code").asString())
				.isEqualTo("DOSSIER_ACTION_FORBIDDEN");
		assertThat(act("recv-a", code, "forward", 0, null, 200).get("step").asInt()).isEqualTo(1);
		// A double click sends the same version again: refused, nothing changes.
		assertThat(act("recv-a", code, "forward", 0, null, 409).get("code").asString())
				.isEqualTo("DOSSIER_VERSION_CONFLICT");
		assertThat(act("spec-a", code, "approve", 1, null, 409).get("code").asString())
				.isEqualTo("DOSSIER_STATE_CONFLICT");

		JsonNode paused = act("spec-a", code, "request-supplement", 1, "Thiếu bản sao giấy khai sinh", 200);
		assertThat(paused.get("status").asString()).isEqualTo("SUPPLEMENT_REQUESTED");
		assertThat(paused.get("paused").asBoolean()).isTrue();
		assertThat(act("spec-a", code, "forward", 2, null, 409).get("code").asString())
				.isEqualTo("DOSSIER_STATE_CONFLICT");
		JsonNode supplied = act("recv-a", code, "supply", 2, null, 200);
		assertThat(supplied.get("status").asString()).isEqualTo("PROCESSING");
		assertThat(supplied.get("paused").asBoolean()).isFalse();

		assertThat(act("spec-a", code, "forward", 3, null, 200).get("step").asInt()).isEqualTo(2);
		JsonNode done = act("lead-a", code, "approve", 4, "Đồng ý", 200);
		assertThat(done.get("status").asString()).isEqualTo("DONE");
		assertThat(done.get("timeliness").get("status").asString()).isEqualTo("EARLY");
		assertThat(act("lead-a", code, "return-result", 5, null, 403).get("code").asString())
				.isEqualTo("DOSSIER_ACTION_FORBIDDEN");
		JsonNode returned = act("recv-a", code, "return-result", 5, null, 200);
		assertThat(returned.get("status").asString()).isEqualTo("RESULT_RETURNED");
		assertThat(returned.get("portalStatus").asInt()).isEqualTo(10);

		List<String> history = new ArrayList<>();
		returned.get("history").forEach(h -> history.add(h.get("toStatus").asString()));
		assertThat(history).containsExactly("RECEIVED", "PROCESSING", "SUPPLEMENT_REQUESTED", "PROCESSING",
				"PROCESSING", "DONE", "RESULT_RETURNED");
		assertThat(events.stream(DossierStepCompleted.class).filter(e -> e.code().equals(code))).hasSize(2);
		assertThat(events.stream(DossierSupplementRequested.class).filter(e -> e.code().equals(code))).hasSize(1);
		assertThat(events.stream(DossierSupplied.class).filter(e -> e.code().equals(code))).hasSize(1);
		assertThat(events.stream(DossierProcessed.class).filter(e -> e.code().equals(code))).hasSize(1);
		assertThat(events.stream(DossierResultReturned.class).filter(e -> e.code().equals(code))).hasSize(1);
		assertThat(jdbc.sql("""
				SELECT count(*) FROM event_publication WHERE completion_date IS NULL AND serialized_event LIKE :c""")
				.param("c", "%" + code + "%").query(Long.class).single()).isZero();
	}

	@Test
	void anOfficialOfAnotherCommuneCannotReadOrActButTheReceiptSecretReads() {
		JsonNode receipt = receive("recv-a", counter(fixture.communeA));
		String code = receipt.get("dossier").get("code").asString();
		String secret = receipt.get("secret").asString();

		assertThat(mvc.get().uri("/api/dossiers/" + code).with(httpBasic("spec-b", PASSWORD))).hasStatus(404);
		assertThat(act("recv-b", code, "forward", 0, null, 404).get("code").asString()).isEqualTo("DOSSIER_NOT_FOUND");
		assertThat(mvc.get().uri("/api/dossiers?code=" + code).with(httpBasic("recv-b", PASSWORD))).hasStatusOk()
				.bodyJson().isLenientlyEqualTo("[]");
		assertThat(mvc.get().uri("/api/dossiers?code=" + code).with(httpBasic("spec-a", PASSWORD))).hasStatusOk()
				.bodyJson().extractingPath("$[0].code").isEqualTo(code);
		assertThat(mvc.get().uri("/api/dossiers/" + code)).hasStatus(404);
		assertThat(mvc.get().uri("/api/dossiers/" + code + "?secret=WRONGWRONG")).hasStatus(404);
		assertThat(mvc.get().uri("/api/dossiers/" + code + "?secret=" + secret)).hasStatusOk().bodyJson()
				.extractingPath("$.applicant.idNumber").isEqualTo("*********234");
		assertThat(mvc.get().uri("/api/dossiers/" + code + "?secret=" + secret)).bodyJson()
				.doesNotHavePath("$.history[0].actor");
		assertThat(jdbc.sql("SELECT status FROM dossier WHERE code = :c").param("c", code).query(String.class).single())
				.isEqualTo("RECEIVED");
	}

	@Test
	void codesOfOneAgencyAndDayAreConsecutiveAndARefusedReceiptTakesNoNumber() {
		int first = number(receive("recv-b", counter(fixture.communeB)));
		assertThat(post("recv-b", "/api/dossiers",
				receipt(PROCEDURE, fixture.communeB, "COUNTER", "068190001234", "anh.pdf", PNG), null)).hasStatus(415);
		int second = number(receive("recv-b", counter(fixture.communeB)));
		assertThat(second).isEqualTo(first + 1);
	}

	static int number(JsonNode receipt) {
		String code = receipt.get("dossier").get("code").asString();
		return Integer.parseInt(code.substring(code.lastIndexOf('-') + 1));
	}

	@Test
	void aRetryWithTheSameIdempotencyKeyReturnsTheSameDossier() {
		MvcTestResult first = post("recv-a", "/api/dossiers", counter(fixture.communeA), "retry-key-1");
		assertThat(first).hasStatus(201);
		MvcTestResult again = post("recv-a", "/api/dossiers", counter(fixture.communeA), "retry-key-1");
		assertThat(again).hasStatus(200);
		assertThat(body(again).get("dossier").get("code").asString())
				.isEqualTo(body(first).get("dossier").get("code").asString());
		assertThat(body(again).get("replayed").asBoolean()).isTrue();
		assertThat(post("recv-a", "/api/dossiers",
				receipt(PROCEDURE, fixture.communeA, "POST", "068190001234", "to-khai.pdf", PDF), "retry-key-1"))
				.hasStatus(422).bodyJson().extractingPath("$.code").isEqualTo("IDEMPOTENCY_KEY_REUSED");
	}

	@Test
	void aDossierCanBeSentAsMultipartWithItsFilesAsParts() {
		Map<String, Object> dossier = counter(fixture.communeA);
		dossier.remove("files");
		MvcTestResult result = mvc.post().uri("/api/dossiers").multipart()
				.file(new org.springframework.mock.web.MockMultipartFile("dossier", "", MediaType.APPLICATION_JSON_VALUE,
						json.writeValueAsBytes(dossier)))
				.file(new org.springframework.mock.web.MockMultipartFile("file", "to-khai.pdf", "application/pdf", PDF))
				.param("component", DossierFixture.COMPONENT).with(httpBasic("recv-a", PASSWORD)).exchange();
		assertThat(result).hasStatus(201);
		assertThat(body(result).get("dossier").get("files").get(0).get("fileName").asString()).isEqualTo("to-khai.pdf");
	}

	@Test
	void badReceiptsAreRefusedClearly() {
		assertThat(post("recv-a", "/api/dossiers",
				receipt(PROCEDURE, fixture.communeA, "COUNTER", "068190001234", "anh.pdf", PNG), null))
				.hasStatus(415).bodyJson().extractingPath("$.detail").asString().contains("anh.pdf", "image/png");
		assertThat(post("recv-a", "/api/dossiers", receipt(PROCEDURE, fixture.communeA, "COUNTER", "068190001234",
				"to-khai.pdf", "<html>not a pdf</html>".getBytes()), null)).hasStatus(415);
		assertThat(post("recv-a", "/api/dossiers",
				receipt(PROCEDURE, fixture.communeA, "COUNTER", "999190001234", "to-khai.pdf", PDF), null))
				.hasStatus(400).bodyJson().extractingPath("$.parameter").isEqualTo("applicant.idNumber");
		assertThat(post("recv-a", "/api/dossiers",
				receipt(PROCEDURE, fixture.communeA, "COUNTER", "068990001234", "to-khai.pdf", PDF), null))
				.hasStatus(400).bodyJson().extractingPath("$.code").isEqualTo("INVALID_CITIZEN_ID");
		Map<String, Object> noFiles = counter(fixture.communeA);
		noFiles.put("files", List.of());
		assertThat(post("recv-a", "/api/dossiers", noFiles, null)).hasStatus(422).bodyJson()
				.extractingPath("$.code").isEqualTo("DOSSIER_COMPONENT_MISSING");
		assertThat(post("recv-a", "/api/dossiers", counter(fixture.communeB), null)).hasStatus(403);
		assertThat(post(null, "/api/dossiers", counter(fixture.communeA), null)).hasStatus(401);
		// A commune-level procedure at the province's committee, a provincial one at a commune, then where it belongs.
		assertThat(post("recv-p", "/api/dossiers", counter(fixture.province), null)).hasStatus(422).bodyJson()
				.extractingPath("$.detail").asString().contains("Cấp xã", "Ủy ban nhân dân cấp xã nơi nộp hồ sơ");
		assertThat(post("recv-a", "/api/dossiers", receipt(PROVINCE_PROCEDURE, fixture.communeA, "COUNTER",
				"068190001234", "to-khai.pdf", PDF), null)).hasStatus(422).bodyJson()
				.extractingPath("$.detail").asString().contains("Cấp tỉnh", "Nơi tiếp nhận: Ủy ban nhân dân Tỉnh Lâm Đồng");
		assertThat(post("recv-p", "/api/dossiers", receipt(PROVINCE_PROCEDURE, fixture.province, "COUNTER",
				"068190001234", "to-khai.pdf", PDF), null)).hasStatus(201).bodyJson()
				.extractingPath("$.dossier.steps[1].agencyId").asNumber().isEqualTo((int) fixture.province);
		assertThat(post("recv-a", "/api/dossiers/X-1/actions/fly", Map.of("version", 0), null)).hasStatus(400);
	}

	@Test
	void aCitizenSubmitsOnlineAndFollowsTheirDossierWhichAReceiverAccepts() {
		MvcTestResult submitted = post("citizen-1", "/api/dossiers",
				receipt(PROCEDURE, fixture.communeA, null, DossierFixture.CITIZEN_ID, "to-khai.pdf", PDF), null);
		assertThat(submitted).hasStatus(201);
		String code = body(submitted).get("dossier").get("code").asString();
		assertThat(body(submitted).get("dossier").get("status").asString()).isEqualTo("SUBMITTED");
		assertThat(body(submitted).get("dossier").get("channel").asString()).isEqualTo("ONLINE");
		assertThat(mvc.get().uri("/api/dossiers/" + code).with(httpBasic("citizen-1", PASSWORD))).hasStatusOk();
		assertThat(mvc.get().uri("/api/dossiers").with(httpBasic("citizen-1", PASSWORD))).hasStatus(403);
		assertThat(post("citizen-1", "/api/dossiers",
				receipt(PROCEDURE, fixture.communeA, "COUNTER", DossierFixture.CITIZEN_ID, "to-khai.pdf", PDF), null))
				.hasStatus(400);
		assertThat(act("recv-a", code, "accept", 0, null, 200).get("status").asString()).isEqualTo("RECEIVED");
	}
}
