package org.thongsuot.procedures.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.thongsuot.IntegrationTest;
import org.thongsuot.procedures.Procedures;

/** The administrators' pages and API of the catalogue: access, refusals that name the row or field, a configuration saved. */
@IntegrationTest
class CatalogueAdminTests {

	static final String ADMIN = "admin";
	static final String PASSWORD = "admin-test-password";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Procedures procedures;

	@Test
	void theAdministrationNeedsAnAdministrator() {
		assertThat(mvc.get().uri("/admin/catalogue")).hasStatus3xxRedirection();
		assertThat(mvc.get().uri("/admin/catalogue").with(user("clerk").roles("RECEIVER"))).hasStatus(403);
		assertThat(mvc.get().uri("/api/catalogue/imports")).hasStatus(401);
		assertThat(mvc.get().uri("/admin/catalogue").with(user(ADMIN).roles("ADMIN"))).hasStatusOk().bodyText()
				.contains("Nhập danh mục thủ tục quốc gia", "Phân cấp thủ tục từ cấp huyện");
		assertThat(mvc.get().uri("/api/catalogue/imports").with(httpBasic(ADMIN, PASSWORD))).hasStatusOk().bodyJson()
				.hasPathSatisfying("$[-1].procedures", n -> assertThat(n).asNumber().isEqualTo(2642));
	}

	@Test
	void anImportWithABrokenRowIsRefusedWith422NamingTheRowAndField() {
		String csv = "code,name,ministry,field,implementing_levels,procedure_type,decision_no,target_subjects,"
				+ "competent_authority,implementing_agency,min_time_value,time_unit,fee_summary,detail_url,submission_raw\n"
				+ "9.900601,Thủ tục thử,Bộ Tư pháp,Hộ tịch,Cấp thôn,,1/QĐ-BTP,,,,5,Ngày làm việc,Miễn phí,,\n";
		assertThat(mvc.post().uri("/api/catalogue/imports").with(httpBasic(ADMIN, PASSWORD))
				.multipart()
				.file(new MockMultipartFile("procedures", "procedures.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
				.file(new MockMultipartFile("channels", "procedure_channels.csv", "text/csv",
						"code,channel,time_value,time_unit,fee,description\n".getBytes(StandardCharsets.UTF_8)))
				.file(new MockMultipartFile("full", "procedures_full.jsonl", "application/x-ndjson",
						"{\"ma_thu_tuc\":\"9.900601\"}\n".getBytes(StandardCharsets.UTF_8))))
				.hasStatus(422).bodyJson()
				.hasPathSatisfying("$.code", c -> assertThat(c).asString().isEqualTo("PROCEDURE_IMPORT_REJECTED"))
				.hasPathSatisfying("$.errors[0].line", l -> assertThat(l).asNumber().isEqualTo(2))
				.hasPathSatisfying("$.errors[0].field", f -> assertThat(f).asString().isEqualTo("implementing_levels"))
				.hasPathSatisfying("$.errors[0].message",
						m -> assertThat(m).asString().isEqualTo("procedures.csv, dòng 2 (9.900601), trường "
								+ "implementing_levels: implementing_levels có cấp thực hiện không xác định “Cấp thôn”"));
		assertThat(procedures.exists("9.900601")).isFalse();
	}

	@Test
	void aConfigurationWhoseStepsDoNotAddUpIsA422NamingTheStepsAndTheSums() {
		String body = """
				{"level":"COMMUNE","competentAgency":{"agencyId":null},"receivingPoints":[{"agencyId":null}],
				 "timeValue":3,"timeUnit":"WORKING_DAYS","fees":[],"onlineLevel":"PARTIAL",
				 "components":[{"section":"","name":"Tờ khai","template":"","quantity":"1 bản chính","required":true}],
				 "steps":[{"name":"Tiếp nhận","role":"RECEIVER","agency":{"agencyId":null},"share":0.5},
				          {"name":"Thẩm định","role":"SPECIALIST","agency":{"agencyId":null},"share":2}]}""";

		assertThat(mvc.put().uri("/api/catalogue/procedures/1.000689/draft").with(httpBasic(ADMIN, PASSWORD))
				.contentType(MediaType.APPLICATION_JSON).content(body))
				.hasStatus(422).bodyJson()
				.hasPathSatisfying("$.code", c -> assertThat(c).asString().isEqualTo("PROCESS_TIME_MISMATCH"))
				.hasPathSatisfying("$.parameter", p -> assertThat(p).asString().isEqualTo("steps"))
				.hasPathSatisfying("$.detail", d -> assertThat(d).asString()
						.isEqualTo("Tổng thời gian các bước là 2.5, thời hạn giải quyết là 3 (WORKING_DAYS); còn chênh 0.5."));
		assertThat(procedures.draft("1.000689")).isEmpty();
		assertThat(mvc.put().uri("/api/catalogue/procedures/1.000689/draft").with(httpBasic(ADMIN, PASSWORD))
				.contentType(MediaType.APPLICATION_JSON).content("{\"level\": \"VILLAGE\"}")).hasStatus(400);
	}

	@Test
	void theConfigurationPagePreviewsTheTimeBudgetAndSavesADraft() {
		var page = mvc.post().uri("/admin/catalogue/1.004772").with(user(ADMIN).roles("ADMIN")).with(csrf())
				.param("action", "preview").param("level", "COMMUNE").param("competentAgency", "COMMUNE")
				.param("receivingPoints[0]", "COMMUNE").param("timeValue", "3").param("timeUnit", "WORKING_DAYS")
				.param("onlineLevel", "FULL")
				.param("components[0].name", "Tờ khai").param("components[0].template", "").param("components[0].quantity", "1 bản chính")
				.param("components[0].required", "on")
				.param("steps[0].name", "Tiếp nhận").param("steps[0].role", "RECEIVER").param("steps[0].agency", "COMMUNE")
				.param("steps[0].share", "0,5")
				.param("steps[1].name", "Thẩm định").param("steps[1].role", "SPECIALIST").param("steps[1].agency", "COMMUNE")
				.param("steps[1].share", "2")
				.param("steps[2].name", "Ký duyệt").param("steps[2].role", "LEADER").param("steps[2].agency", "COMMUNE")
				.param("steps[2].share", "0.5");
		assertThat(page).hasStatusOk().bodyText()
				.contains("Cấu hình hợp lệ")
				.contains("Tổng thời gian các bước: 3 ngày làm việc, khớp với thời hạn giải quyết.")
				.contains("hạn trả kết quả");
		assertThat(procedures.draft("1.004772")).isEmpty();

		var wrong = mvc.post().uri("/admin/catalogue/1.004772").with(user(ADMIN).roles("ADMIN")).with(csrf())
				.param("action", "save").param("level", "COMMUNE").param("competentAgency", "COMMUNE")
				.param("receivingPoints[0]", "COMMUNE").param("timeValue", "3").param("timeUnit", "WORKING_DAYS")
				.param("components[0].name", "Tờ khai")
				.param("steps[0].name", "Tiếp nhận").param("steps[0].role", "RECEIVER").param("steps[0].agency", "COMMUNE")
				.param("steps[0].share", "hai");
		assertThat(wrong).hasStatusOk().bodyText().contains("steps[0].share: “hai” không phải là số.");

		var saved = mvc.post().uri("/admin/catalogue/1.004772").with(user(ADMIN).roles("ADMIN")).with(csrf())
				.param("action", "save").param("level", "COMMUNE").param("competentAgency", "COMMUNE")
				.param("receivingPoints[0]", "COMMUNE").param("timeValue", "3").param("timeUnit", "WORKING_DAYS")
				.param("components[0].name", "Tờ khai").param("components[0].required", "on")
				.param("steps[0].name", "Tiếp nhận").param("steps[0].role", "RECEIVER").param("steps[0].agency", "COMMUNE")
				.param("steps[0].share", "3");
		assertThat(saved).hasStatus3xxRedirection().hasRedirectedUrl("/admin/catalogue/1.004772");
		assertThat(procedures.draft("1.004772")).hasValueSatisfying(d -> {
			assertThat(d.configuration().steps()).hasSize(1);
			assertThat(d.createdBy()).isEqualTo(ADMIN);
		});
		assertThat(mvc.get().uri("/admin/catalogue/1.004772").with(user(ADMIN).roles("ADMIN"))).hasStatusOk().bodyText()
				.contains("Công bố phiên bản 2", "Cấu hình (bản nháp)");
		procedures.discardDraft("1.004772", ADMIN);
	}
}
