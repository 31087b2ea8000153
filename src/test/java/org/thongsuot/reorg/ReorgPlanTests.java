package org.thongsuot.reorg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.thongsuot.IntegrationTest;
import org.thongsuot.reorg.internal.CutoverRunner;
import org.thongsuot.reorg.internal.RunRepository;

/** Plans as data: built from the lineage, uploaded and checked; applied, interrupted, resumed, rolled back. */
@IntegrationTest
class ReorgPlanTests {

	private static final LocalDate DONG_NAI = LocalDate.of(2026, 4, 30);

	@Autowired
	Reorganizations reorg;
	@Autowired
	CutoverRunner runner;
	@Autowired
	RunRepository runs;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	MockMvc mvc;

	@Test
	void theDongNaiChangesOf2026LoadFromTheLineageAsRetypings() {
		Plan plan = reorg.planFromLineage(DONG_NAI, "75", null, null, "test");

		assertThat(plan.changes()).isEqualTo(11);
		assertThat(reorg.changes(plan.id())).allMatch(c -> c.kind() == ChangeKind.RETYPE);
		assertThat(plan.legalBasis()).contains("237/NQ-UBTVQH16").contains("30/2026/QH16");
		assertThat(reorg.agencyMoves(plan.id())).hasSize(11).allMatch(m -> m.successorAgencyId() != null);
	}

	@Test
	void theMergerOf2025IsBuiltFromTheConversionTable() {
		Plan plan = reorg.planFromLineage(LocalDate.of(2025, 7, 1), "68", "Hợp nhất Lâm Đồng", null, "test");

		List<PlanChange> changes = reorg.changes(plan.id());
		assertThat(changes).filteredOn(c -> c.fromLevel().equals("PROVINCE")).extracting(PlanChange::fromCode)
				.containsExactlyInAnyOrder("60", "67", "68");
		assertThat(changes).anyMatch(c -> c.kind() == ChangeKind.SPLIT).anyMatch(c -> c.kind() == ChangeKind.ABOLISH_LEVEL)
				.anyMatch(c -> c.kind() == ChangeKind.MERGE);
		assertThat(plan.legalBasis()).contains("202/2025/QH15");
	}

	@Test
	void anUploadedPlanWithErrorsIsRefusedWholeNamingEachField() {
		String document = """
				{"name": "Thử", "effectiveDate": "2026-02-30", "changes": []}""";
		assertThatThrownBy(() -> reorg.upload(document.getBytes(StandardCharsets.UTF_8), "test"))
				.isInstanceOfSatisfying(PlanRejected.class, e -> assertThat(e.errors())
						.extracting(PlanRejected.FieldError::field)
						.containsExactlyInAnyOrder("legalBasis", "effectiveDate", "changes"));
		String units = """
				{"name": "Thử", "legalBasis": "NQ thử", "effectiveDate": "2026-04-30", "changes": [
				  {"kind": "RETYPE", "from": {"level": "COMMUNE", "code": "25270"}, "to": [{"code": "99999"}]},
				  {"kind": "SPLIT", "from": {"code": "25357"}, "to": [{"code": "25357"}]},
				  {"kind": "MOVE", "from": {"code": "1"}, "to": [{"code": "25363"}]}]}""";
		assertThatThrownBy(() -> reorg.upload(units.getBytes(StandardCharsets.UTF_8), "test"))
				.isInstanceOfSatisfying(PlanRejected.class, e -> assertThat(e.errors())
						.extracting(f -> f.field() + " " + f.reason())
						.containsExactlyInAnyOrder("changes[0].to[0].code UNKNOWN_UNIT", "changes[1].to SPLIT_NEEDS_TWO",
								"changes[2].kind INVALID", "changes[2].from.code INVALID"));
	}

	@Test
	void anUploadedPlanLoadsLikeOneFromTheLineage() {
		String document = """
				{"name": "Đồng Nai: hai phường (tải lên)", "legalBasis": "Nghị quyết 237/NQ-UBTVQH16",
				 "effectiveDate": "2026-04-30", "provinceCode": "75", "changes": [
				  {"kind": "RETYPE", "from": {"level": "COMMUNE", "code": "25270"}, "to": [{"level": "COMMUNE", "code": "25270"}]},
				  {"kind": "RETYPE", "from": {"code": "25357"}, "to": [{"code": "25357"}]}]}""";

		Plan plan = reorg.upload(document.getBytes(StandardCharsets.UTF_8), "test");

		assertThat(plan.source()).isEqualTo("UPLOAD");
		assertThat(reorg.agencyMoves(plan.id())).hasSize(2).allMatch(m -> m.successorAgencyId() != null);
	}

	@Test
	void theApiIsForAdministratorsAndRefusesABadUploadWithFieldErrors() throws Exception {
		mvc.perform(get("/api/reorg/plans")).andExpect(status().isUnauthorized());
		mvc.perform(post("/api/reorg/plans").with(admin()).contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"x\"}"))
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.code").value("REORG_PLAN_REJECTED"))
				.andExpect(jsonPath("$.errors[0].field").exists());
	}

	@Test
	void anInterruptedApplicationResumesWhereItStoppedAndARollbackRestoresEveryDossier() {
		Plan plan = reorg.planFromLineage(DONG_NAI, "75", "Đồng Nai — thử dừng giữa chừng", null, "test");
		List<Long> communes = reorg.agencyMoves(plan.id()).stream().filter(m -> m.unitLevel().equals("COMMUNE"))
				.map(AgencyMove::oldAgencyId).toList();
		CutoverData.insert(jdbc, communes, 150, 1, 27, 10, List.of());
		String original = placement(communes);

		// A node starts the run and dies after its first batch of dossiers (as kill -9 would leave it: RUNNING, cursor stored).
		long runId = runs.start(plan.id(), "APPLY", "test", Instant.now());
		// One batch for each participant before the dossiers (nothing of theirs here), then one batch of dossiers.
		runner.execute(runId, runner.participants().size());
		RunView stopped = reorg.run(runId);
		assertThat(stopped.status()).isEqualTo("RUNNING");
		long movedBeforeCrash = stopped.progress().stream().mapToLong(RunView.Progress::moved).sum();
		assertThat(movedBeforeCrash).isPositive();
		// Another node's scheduled check resumes it.
		runner.execute(runId);
		Verification report = reorg.verification(runId);
		assertThat(report.run().status()).isEqualTo("DONE");
		assertThat(report.consistent()).isTrue();
		long open = jdbc.sql("SELECT count(*) FROM dossier WHERE code LIKE '%-250627-%' AND status <> 'RESULT_RETURNED'")
				.query(Long.class).single();
		assertThat(report.moved()).isEqualTo(open);
		assertThat(jdbc.sql("SELECT count(*) FROM dossier_history h JOIN dossier d ON d.id = h.dossier_id"
				+ " WHERE d.code LIKE '%-250627-%' AND h.action = 'TRANSFER'").query(Long.class).single()).isEqualTo(open);
		assertThat(placement(communes)).isNotEqualTo(original);

		// The rollback replays the move log backwards: every dossier is back where it was.
		RunView back = reorg.await(reorg.rollback(plan.id(), "test").id(), Duration.ofSeconds(60));
		assertThat(back.status()).isEqualTo("DONE");
		assertThat(reorg.plan(plan.id()).status()).isEqualTo("ROLLED_BACK");
		assertThat(placement(communes)).isEqualTo(original);
		assertThat(reorg.verification(back.id()).consistent()).isTrue();
	}

	@Test
	void theAdministratorsPageListsThePlans() throws Exception {
		reorg.planFromLineage(DONG_NAI, "75", "Đồng Nai — trang", null, "test");
		mvc.perform(get("/reorg").with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.user("admin").roles("ADMIN"))).andExpect(status().isOk())
				.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
						.string(org.hamcrest.Matchers.containsString("Đồng Nai — trang")));
		mvc.perform(get("/reorg")).andExpect(status().is3xxRedirection());
	}

	private String placement(List<Long> communes) {
		return jdbc.sql("""
				SELECT md5(string_agg(d.id || ':' || d.agency_id || ':' || (SELECT string_agg(s.agency_id::text, ',' ORDER BY s.position)
				                                                       FROM dossier_step s WHERE s.dossier_id = d.id), ';' ORDER BY d.id))
				  FROM dossier d WHERE d.code LIKE '%-250627-%'""")
				.query(String.class).single();
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
		return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic("admin",
				"admin-test-password");
	}
}
