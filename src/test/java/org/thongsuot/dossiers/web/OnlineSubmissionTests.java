package org.thongsuot.dossiers.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.thongsuot.dossiers.DossierFixture.PASSWORD;
import static org.thongsuot.dossiers.DossierFixture.PDF;
import static org.thongsuot.dossiers.DossierFixture.PROCEDURE;
import static org.thongsuot.dossiers.DossierFixture.receipt;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.thongsuot.IntegrationTest;
import org.thongsuot.dossiers.DossierFixture;
import org.thongsuot.dossiers.DossierFixtures;
import org.thongsuot.identity.Role;
import org.thongsuot.platform.ApiException;
import org.thongsuot.procedures.AgencyRef;
import org.thongsuot.procedures.CatalogueFiles;
import org.thongsuot.procedures.DossierComponent;
import org.thongsuot.procedures.ProcedureLevel;
import org.thongsuot.procedures.Procedures;
import org.thongsuot.procedures.ProcessStep;
import org.thongsuot.procedures.ProvinceConfiguration;
import org.thongsuot.procedures.TimeUnit;
import tools.jackson.databind.json.JsonMapper;

/**
 * A citizen submits online through the e-form built from the procedure's papers and gets the receipt at
 * once (code, appointment, secret, form 01 with its QR code); a double click makes one dossier; a
 * procedure the province does not offer online is explained on the form and refused over the API.
 */
@IntegrationTest
class OnlineSubmissionTests {

	/** A commune procedure the province handles at the counter only (no online level). */
	static final String COUNTER_ONLY = "9.960009";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Procedures procedures;

	@Autowired
	DossierFixtures fixtures;

	DossierFixture fixture;

	@BeforeEach
	void setUp() {
		fixture = fixtures.get();
	}

	MvcTestResult submit(String key, byte[] file) {
		var request = mvc.post().uri("/my-dossiers").multipart()
				.param("procedureCode", PROCEDURE).param("agencyId", String.valueOf(fixture.communeA))
				.param("applicantName", "Nguyễn Văn An").param("applicantIdNumber", DossierFixture.CITIZEN_ID)
				.param("applicantPhone", "0912345678").param("component", DossierFixture.COMPONENT)
				.param("submissionKey", key);
		if (file != null) {
			request = request.file(new MockMultipartFile("file", "to-khai.pdf", "application/pdf", file));
		}
		return request.with(org.thongsuot.dossiers.PageLogins.citizen1()).with(csrf()).exchange();
	}

	static String html(MvcTestResult result) {
		assertThat(result).hasStatusOk();
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	static String first(String pattern, String html) {
		Matcher m = Pattern.compile(pattern).matcher(html);
		assertThat(m.find()).as(pattern).isTrue();
		return m.group(1);
	}

	long owned() {
		return jdbc.sql("SELECT count(*) FROM dossier WHERE owner_username = 'citizen-1'").query(Long.class).single();
	}

	@Test
	void theEFormIsBuiltFromTheProceduresPapersAndTheReceiptComesAtOnceOnlyOnceForADoubleClick() {
		String form = html(mvc.get().uri("/my-dossiers/new?procedure=" + PROCEDURE).with(org.thongsuot.dossiers.PageLogins.citizen1())
				.exchange());
		assertThat(form).contains("Thủ tục thử một cửa " + PROCEDURE, "name=\"component\" value=\"" + DossierFixture.COMPONENT + "\"",
				DossierFixture.COMPONENT + " *", "value=\"" + DossierFixture.CITIZEN_ID + "\"",
				"value=\"" + fixture.communeA + "\"");
		String key = first("name=\"submissionKey\" value=\"([^\"]+)\"", form);
		long before = owned();

		String answer = html(submit(key, PDF));
		String code = first("id=\"code\">([^<]+)<", answer);
		assertThat(code).matches("X" + fixture.communeA + "-\\d{6}-\\d{4}");
		assertThat(first("id=\"due\">([^<]+)<", answer)).matches("\\d\\d:\\d\\d \\d\\d/\\d\\d/\\d{4}");
		assertThat(first("id=\"secret\">([^<]+)<", answer)).hasSize(10);
		assertThat(answer).contains("/api/dossiers/" + code + "/forms/01.pdf");

		String again = html(submit(key, PDF));
		assertThat(first("id=\"code\">([^<]+)<", again)).as("a double click").isEqualTo(code);
		assertThat(owned()).isEqualTo(before + 1);
		assertThat(mvc.get().uri("/api/dossiers/" + code + "/forms/01.pdf").with(httpBasic("citizen-1", PASSWORD)))
				.hasStatusOk().hasContentType("application/pdf");
	}

	@Test
	void aMissingRequiredPaperIsExplainedOnTheFormAndNothingIsSubmitted() {
		long before = owned();

		String page = html(submit("missing-paper-" + System.nanoTime(), null));

		assertThat(page).contains("alert-error", DossierFixture.COMPONENT).doesNotContain("id=\"code\"");
		assertThat(owned()).isEqualTo(before);
	}

	@Test
	void aProcedureNotOfferedOnlineIsExplainedOnTheFormAndRefusedOverTheApiButReceivedAtTheCounter() {
		counterOnlyProcedure();

		assertThat(html(mvc.get().uri("/my-dossiers/new?procedure=" + COUNTER_ONLY)
				.with(org.thongsuot.dossiers.PageLogins.citizen1()).exchange()))
				.contains("chưa được cung cấp dịch vụ công trực tuyến").doesNotContain("name=\"submissionKey\"");
		assertThat(DossierFixture.postJson(mvc, json, "citizen-1", "/api/dossiers",
				receipt(COUNTER_ONLY, fixture.communeA, null, DossierFixture.CITIZEN_ID, "to-khai.pdf", PDF), 422)
				.get("detail").asString()).contains("trực tuyến");
		DossierFixture.postJson(mvc, json, "recv-a", "/api/dossiers",
				receipt(COUNTER_ONLY, fixture.communeA, "COUNTER", DossierFixture.CITIZEN_ID, "to-khai.pdf", PDF), 201);
	}

	void counterOnlyProcedure() {
		try {
			if (procedures.inForce(COUNTER_ONLY, null, "code").configured()) {
				return;
			}
		}
		catch (ApiException notYet) {
			// imported below
		}
		String csv = "code,name,ministry,field,implementing_levels,procedure_type,decision_no,target_subjects,"
				+ "competent_authority,implementing_agency,min_time_value,time_unit,fee_summary,detail_url,submission_raw\n"
				+ COUNTER_ONLY + ",Thủ tục chỉ nộp tại quầy,Bộ Tư pháp,Thử nghiệm,\"Cấp xã\",,1/QĐ-BTP,Công dân Việt Nam,,,"
				+ "10,Ngày làm việc,Miễn phí,,\n";
		String channels = "code,channel,time_value,time_unit,fee,description\n" + COUNTER_ONLY
				+ ",Trực tiếp,10,Ngày làm việc,Miễn phí,\n";
		String full = "{\"ma_thu_tuc\":\"" + COUNTER_ONLY + "\"}\n";
		procedures.importCatalogue(new CatalogueFiles("test", csv.getBytes(StandardCharsets.UTF_8),
				channels.getBytes(StandardCharsets.UTF_8), full.getBytes(StandardCharsets.UTF_8)), null, "test", true);
		AgencyRef commune = AgencyRef.COMMUNE_OF_SUBMISSION;
		List<ProcessStep> steps = List.of(new ProcessStep("Tiếp nhận", Role.RECEIVER, commune, new BigDecimal("0.5")),
				new ProcessStep("Thẩm định", Role.SPECIALIST, commune, new BigDecimal("3.5")),
				new ProcessStep("Phê duyệt", Role.LEADER, commune, BigDecimal.ONE));
		procedures.configure(COUNTER_ONLY, new ProvinceConfiguration(ProcedureLevel.COMMUNE, commune, List.of(commune),
				new BigDecimal("5"), TimeUnit.WORKING_DAYS, List.of(),
				List.of(new DossierComponent("", DossierFixture.COMPONENT, "", "1 bản chính", true)), null, steps),
				"test");
		procedures.publish(COUNTER_ONLY, null, "test");
	}
}
