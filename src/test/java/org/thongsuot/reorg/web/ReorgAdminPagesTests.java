package org.thongsuot.reorg.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.thongsuot.IntegrationTest;
import org.thongsuot.reorg.Plan;
import org.thongsuot.reorg.Reorganizations;
import org.thongsuot.reorg.RunView;

/**
 * The administrator's main path through the pages: upload a plan (a refused file lists its errors by
 * field, in Vietnamese), the dry run, apply, the run page and its verification report (page and CSV file),
 * and the rollback behind a confirmation.
 */
@IntegrationTest
class ReorgAdminPagesTests {

	@Autowired
	MockMvcTester mvc;
	@Autowired
	Reorganizations reorg;

	@Test
	void aRefusedPlanFileListsEveryFieldAtFaultAndSavesNothing() {
		int before = reorg.plans().size();
		String bad = """
				{"name": "Thử", "legalBasis": "Nghị quyết thử", "effectiveDate": "2026-06-01", "provinceCode": "4",
				 "changes": [{"kind": "SPLIT", "from": {"level": "COMMUNE", "code": "99999"}, "to": [{"code": "00001"}]}]}""";
		assertThat(upload(bad)).hasStatusOk().bodyText()
				.contains("chưa được nạp", "provinceCode", "Giá trị không hợp lệ");
		assertThat(upload("not json")).hasStatusOk().bodyText().contains("Không đọc được");
		assertThat(reorg.plans()).hasSize(before);
		assertThat(mvc.post().uri("/reorg/plans/upload").multipart().file("file", new byte[0])
				.with(user("admin").roles("ADMIN")).with(csrf())).hasStatusOk().bodyText().contains("Chưa chọn tệp");
	}

	@Test
	void anAdministratorBuildsDryRunsAppliesVerifiesAndRollsBackAPlan() {
		MvcTestResult built = admin(mvc.post().uri("/reorg/plans").param("effectiveDate", "2026-04-30")
				.param("province", "75").with(csrf()));
		assertThat(built).hasStatus3xxRedirection();
		String planPage = built.getMvcResult().getResponse().getRedirectedUrl();
		long planId = Long.parseLong(planPage.substring(planPage.lastIndexOf('/') + 1));

		assertThat(admin(mvc.get().uri(planPage))).hasStatusOk().bodyText()
				.contains("Bản nháp", "Bước tiếp theo:", "1. Chạy thử", "Thực hiện phương án",
						"Danh sách này có sau lần thực hiện đầu tiên");
		assertThat(admin(mvc.get().uri(planPage + "/dry-run"))).hasStatusOk().bodyText()
				.contains("Chưa có gì thay đổi", "Đổi loại hình", "Cơ quan kế thừa");
		assertThat(reorg.plan(planId).status()).isEqualTo("DRAFT");

		// Apply without the confirmation box: nothing happens, the page says why.
		assertThat(admin(mvc.post().uri(planPage + "/apply").with(csrf()))).hasStatusOk().bodyText()
				.contains("Chưa thực hiện: hãy đánh dấu ô xác nhận");
		assertThat(reorg.runs(planId)).noneMatch(r -> "APPLY".equals(r.mode()));
		assertThat(reorg.plan(planId).status()).isEqualTo("DRAFT");

		// Apply: the run page, polled by htmx while it runs, then its verification report.
		MvcTestResult applied = admin(mvc.post().uri(planPage + "/apply").param("confirm", "yes").with(csrf()));
		assertThat(applied).hasStatus3xxRedirection();
		String runPage = applied.getMvcResult().getResponse().getRedirectedUrl();
		long runId = Long.parseLong(runPage.substring(runPage.lastIndexOf('/') + 1));
		RunView run = reorg.await(runId, Duration.ofSeconds(120));
		assertThat(run.status()).isEqualTo("DONE");
		assertThat(admin(mvc.get().uri(runPage))).hasStatusOk().bodyText()
				.contains("Báo cáo đối soát", "Đối soát khớp", "Tải báo cáo đối soát (CSV)");
		MvcTestResult csv = admin(mvc.get().uri(runPage + "/report.csv"));
		assertThat(csv).hasStatusOk().hasHeader("Content-Disposition", "attachment; filename=\"doi-soat-luot-" + runId + ".csv\"");
		assertThat(csv).bodyText().contains("section,subject,agency_id");

		// Rollback: a confirmation page; without the box ticked nothing happens.
		assertThat(admin(mvc.get().uri(planPage + "/rollback"))).hasStatusOk().bodyText().contains("Tôi hiểu rằng");
		assertThat(admin(mvc.post().uri(planPage + "/rollback").with(csrf()))).hasStatusOk().bodyText()
				.contains("Hãy đánh dấu ô xác nhận");
		assertThat(reorg.plan(planId).status()).isEqualTo("APPLIED");
		MvcTestResult rolledBack = admin(mvc.post().uri(planPage + "/rollback").param("confirm", "yes").with(csrf()));
		assertThat(rolledBack).hasStatus3xxRedirection();
		String backPage = rolledBack.getMvcResult().getResponse().getRedirectedUrl();
		RunView back = reorg.await(Long.parseLong(backPage.substring(backPage.lastIndexOf('/') + 1)), Duration.ofSeconds(120));
		assertThat(back.status()).isEqualTo("DONE");
		Plan after = reorg.plan(planId);
		assertThat(after.status()).isEqualTo("ROLLED_BACK");
		assertThat(admin(mvc.get().uri(backPage))).hasStatusOk().bodyText().contains("Hoàn tác", "Báo cáo đối soát");
	}

	@Test
	void thePagesAreTheAdministratorsAlone() {
		assertThat(mvc.get().uri("/reorg")).hasStatus3xxRedirection();
		assertThat(mvc.get().uri("/reorg").with(user("clerk").roles("RECEIVER"))).hasStatus(403);
		assertThat(admin(mvc.get().uri("/reorg"))).hasStatusOk().bodyText().contains("Cách 2: tải tệp phương án lên");
		// An administrator finds the pages from the procedures' pages and the catalogue administration.
		assertThat(admin(mvc.get().uri("/procedures"))).hasStatusOk().bodyText().contains("href=\"/reorg\"");
		assertThat(admin(mvc.get().uri("/admin/catalogue"))).hasStatusOk().bodyText().contains("href=\"/reorg\"");
		assertThat(mvc.get().uri("/procedures")).hasStatusOk().bodyText().doesNotContain("href=\"/reorg\"");
	}

	@Test
	void theMainMenuLeadsAdministratorsAloneToTheReorganization() {
		assertThat(admin(mvc.get().uri("/units"))).hasStatusOk().bodyText()
				.contains("<a href=\"/reorg\">Sắp xếp đơn vị</a>");
		assertThat(mvc.get().uri("/units").with(user("clerk").roles("RECEIVER")).exchange()).hasStatusOk().bodyText()
				.doesNotContain("Sắp xếp đơn vị");
		assertThat(mvc.get().uri("/units")).hasStatusOk().bodyText().doesNotContain("Sắp xếp đơn vị");
	}

	private MvcTestResult upload(String json) {
		return mvc.post().uri("/reorg/plans/upload").multipart()
				.file("file", json.getBytes(StandardCharsets.UTF_8)).with(user("admin").roles("ADMIN")).with(csrf()).exchange();
	}

	private MvcTestResult admin(MockMvcTester.MockMvcRequestBuilder request) {
		return request.with(user("admin").roles("ADMIN")).exchange();
	}
}
