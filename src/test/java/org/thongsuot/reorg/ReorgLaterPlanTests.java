package org.thongsuot.reorg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.thongsuot.IntegrationTest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * "A later plan (for example the Đồng Nai changes of 2026-04-30) can be loaded the same way": the plan
 * file docs/examples/reorg/dong-nai-2026-04-30.json, built from the registry's reference data of later
 * changes (Nghị quyết 30/2026/QH16, 237/NQ-UBTVQH16), loads through the API and through the page and
 * dry-runs, and gives the same plan as the one the registry's lineage builds.
 */
@IntegrationTest
class ReorgLaterPlanTests {

	static final Path PLAN_FILE = Path.of("docs", "examples", "reorg", "dong-nai-2026-04-30.json");
	/** The reference data the file was built from (a byte-identical copy of shared/data/units-2025/). */
	static final Path SOURCE = Path.of("src", "main", "resources", "reference-data", "units",
			"changes_after_2025-07-01.csv");
	static final LocalDate DONG_NAI = LocalDate.of(2026, 4, 30);

	@Autowired
	MockMvcTester mvc;
	@Autowired
	Reorganizations reorg;
	@Autowired
	JsonMapper json;

	@Test
	void thePlanFileHoldsEveryChangeOfTheReferenceDataOnThatDayAndItsLegalBases() throws IOException {
		JsonNode plan = json.readTree(Files.readAllBytes(PLAN_FILE));
		List<String> inFile = new ArrayList<>();
		plan.get("changes").forEach(c -> inFile.add(c.get("kind").asString() + " " + c.get("from").get("level").asString()
				+ " " + c.get("from").get("code").asString() + " → " + c.get("to").get(0).get("code").asString()));
		List<String> inData = new ArrayList<>();
		for (String line : Files.readAllLines(SOURCE, StandardCharsets.UTF_8).subList(1, 12)) {
			// effective_date,level,code,field,before,after,legal_basis (no quoted commas in these rows)
			String[] f = line.split(",");
			assertThat(f[0]).isEqualTo(DONG_NAI.toString());
			assertThat(f[3]).as("a change of type: a retyping").isEqualTo("type");
			inData.add("RETYPE " + f[1].toUpperCase() + " " + f[2] + " → " + f[2]);
			assertThat(plan.get("legalBasis").asString()).contains(f[6]);
		}
		assertThat(inFile).containsExactlyElementsOf(inData);
		assertThat(plan.get("effectiveDate").asString()).isEqualTo(DONG_NAI.toString());
		assertThat(plan.get("provinceCode").asString()).isEqualTo("75");
	}

	@Test
	void thePlanFileLoadsThroughTheApiAsTheSamePlanTheRegistrysLineageBuildsAndDryRuns() throws IOException {
		MvcTestResult loaded = mvc.post().uri("/api/reorg/plans").with(httpBasic("admin", "admin-test-password"))
				.contentType(MediaType.APPLICATION_JSON).content(Files.readAllBytes(PLAN_FILE)).exchange();

		assertThat(loaded).hasStatus(201);
		long id = json.readTree(loaded.getResponse().getContentAsByteArray()).get("id").asLong();
		Plan fromLineage = reorg.planFromLineage(DONG_NAI, "75", null, null, "test");
		assertThat(reorg.changes(id)).hasSize(11).allMatch(c -> c.kind() == ChangeKind.RETYPE)
				.extracting(c -> c.fromLevel() + c.fromCode() + ">" + c.toLevel() + c.toCode())
				.containsExactlyInAnyOrderElementsOf(reorg.changes(fromLineage.id()).stream()
						.map(c -> c.fromLevel() + c.fromCode() + ">" + c.toLevel() + c.toCode()).toList());
		assertThat(reorg.agencyMoves(id)).extracting(m -> m.oldAgencyId() + ">" + m.successorAgencyId())
				.containsExactlyInAnyOrderElementsOf(reorg.agencyMoves(fromLineage.id()).stream()
						.map(m -> m.oldAgencyId() + ">" + m.successorAgencyId()).toList());

		MvcTestResult dryRun = mvc.get().uri("/api/reorg/plans/" + id + "/dry-run")
				.with(httpBasic("admin", "admin-test-password")).exchange();
		assertThat(dryRun).hasStatusOk();
		JsonNode report = json.readTree(dryRun.getResponse().getContentAsByteArray());
		assertThat(report.get("agencies").size()).isEqualTo(11);
		assertThat(report.get("subjects").size()).isEqualTo(4);
		assertThat(reorg.plan(id).status()).as("a dry run changes nothing").isEqualTo("DRAFT");
	}

	@Test
	void thePlanFileLoadsThroughThePageAndItsDryRunPageShowsTheRetypings() throws IOException {
		MvcTestResult uploaded = mvc.post().uri("/reorg/plans/upload").multipart()
				.file(new MockMultipartFile("file", "dong-nai-2026-04-30.json", "application/json",
						Files.readAllBytes(PLAN_FILE)))
				.with(user("admin").roles("ADMIN")).with(csrf()).exchange();

		assertThat(uploaded).hasStatus3xxRedirection();
		String page = uploaded.getMvcResult().getResponse().getRedirectedUrl();
		long id = Long.parseLong(page.substring(page.lastIndexOf('/') + 1));
		assertThat(reorg.plan(id).source()).isEqualTo("UPLOAD");
		assertThat(mvc.get().uri(page).with(user("admin").roles("ADMIN"))).hasStatusOk().bodyText()
				.contains("Đồng Nai thành thành phố; 10 xã thành phường", "30/04/2026", "Nghị quyết 30/2026/QH16",
						"Tải tệp lên", "11 thay đổi đơn vị, 11 cơ quan bàn giao");
		assertThat(mvc.get().uri(page + "/dry-run").with(user("admin").roles("ADMIN"))).hasStatusOk().bodyText()
				.contains("Chưa có gì thay đổi", "Đổi loại hình", "Cơ quan bàn giao: 11");
		assertThat(reorg.plan(id).status()).isEqualTo("DRAFT");
	}
}
