package org.thongsuot.reorg;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.thongsuot.IntegrationTest;
import org.thongsuot.identity.Role;
import org.thongsuot.procedures.AgencyRef;
import org.thongsuot.procedures.CatalogueFiles;
import org.thongsuot.procedures.DossierComponent;
import org.thongsuot.procedures.Fee;
import org.thongsuot.procedures.OnlineLevel;
import org.thongsuot.procedures.ProcedureLevel;
import org.thongsuot.procedures.ProcedureVersion;
import org.thongsuot.procedures.Procedures;
import org.thongsuot.procedures.ProcessStep;
import org.thongsuot.procedures.ProvinceConfiguration;
import org.thongsuot.procedures.TimeUnit;
import org.thongsuot.units.Agencies;
import org.thongsuot.units.Level;

import tools.jackson.databind.json.JsonMapper;

/**
 * Procedure configurations naming an agency that a plan ends (as competent agency, receiving point or a
 * step's agency) are re-pointed to the successor: reported by the dry run, moved by the apply as a new
 * published version (the version before, which earlier dossiers keep, is unchanged), audited, counted in
 * the verification report, moved once, and put back by the rollback.
 */
@IntegrationTest
class ProcedureConfigurationCutoverTests {

	private static final String CODE = "9.960077";
	private static final LocalDate DONG_NAI = LocalDate.of(2026, 4, 30);

	@Autowired
	Reorganizations reorg;
	@Autowired
	Procedures procedures;
	@Autowired
	Agencies agencies;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	JsonMapper json;

	@Test
	void aConfigurationNamingEndedAgenciesIsRepointedToTheSuccessorsAsANewVersionAndRolledBack() {
		Plan plan = reorg.planFromLineage(DONG_NAI, "75", "Đồng Nai — cấu hình thủ tục", null, "test");
		List<AgencyMove> moves = reorg.agencyMoves(plan.id());
		AgencyMove a = moves.get(0);
		AgencyMove b = moves.get(1);
		assertThat(a.successorAgencyId()).isNotEqualTo(a.oldAgencyId());
		AgencyRef unrelated = ref(agencies.peoplesCommittee(Level.PROVINCE, "68", null).orElseThrow().id(), "Tỉnh");
		// Configured before the change (the registry refuses an ended agency today, so it is written as it was saved then).
		ProcedureVersion configured = publishConfiguredBeforeTheChange(ref(a.oldAgencyId(), a.oldAgencyName()),
				ref(b.oldAgencyId(), b.oldAgencyName()), unrelated);

		DryRunReport dry = reorg.dryRun(plan.id());
		DryRunReport.Subject subject = dry.subjects().stream().filter(s -> s.subject().equals("procedure")).findFirst()
				.orElseThrow();
		assertThat(subject.total()).as("(configuration, ended agency) pairs").isEqualTo(2);
		assertThat(subject.flows()).extracting(f -> f.fromAgencyId() + ">" + f.toAgencyId()).containsExactlyInAnyOrder(
				a.oldAgencyId() + ">" + a.successorAgencyId(), b.oldAgencyId() + ">" + b.successorAgencyId());
		assertThat(procedures.inForce(CODE, null, "code").id()).as("the dry run changed nothing").isEqualTo(configured.id());

		RunView run = reorg.await(reorg.apply(plan.id(), "test-admin").id(), Duration.ofSeconds(60));
		assertThat(run.status()).isEqualTo("DONE");
		ProcedureVersion now = procedures.inForce(CODE, null, "code");
		assertThat(now.id()).isNotEqualTo(configured.id());
		assertThat(agencyIds(now.configuration())).containsExactly(a.successorAgencyId(), a.successorAgencyId(),
				b.successorAgencyId(), a.successorAgencyId(), unrelated.agencyId(), b.successorAgencyId());
		assertThat(agencyIds(procedures.version(configured.id()).configuration())).as("the version dossiers received before keep")
				.containsExactly(a.oldAgencyId(), a.oldAgencyId(), b.oldAgencyId(), a.oldAgencyId(), unrelated.agencyId(),
						b.oldAgencyId());
		assertThat(procedures.history(CODE)).anyMatch(h -> h.action().name().equals("CONFIGURED") && h.detail() != null
				&& h.detail().contains(plan.name()));
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'ProcedurePublished' AND subject_id = :code"
				+ " AND actor = 'test-admin'").param("code", CODE).query(Long.class).single()).isEqualTo(1);
		Verification report = reorg.verification(run.id());
		assertThat(report.consistent()).isTrue();
		assertThat(report.rows()).filteredOn(r -> r.subject().equals("procedure") && r.side().equals("OLD"))
				.extracting(r -> r.agencyId() + ":" + r.before() + "-" + r.movedOut() + "=" + r.after())
				.contains(a.oldAgencyId() + ":1-1=0", b.oldAgencyId() + ":1-1=0");

		// Applying again moves nothing more.
		RunView again = reorg.await(reorg.apply(plan.id(), "test-admin").id(), Duration.ofSeconds(60));
		assertThat(again.progress()).filteredOn(p -> p.subject().equals("procedure")).allMatch(p -> p.moved() == 0);
		assertThat(procedures.inForce(CODE, null, "code").id()).isEqualTo(now.id());

		// The rollback puts back exactly the references the plan moved.
		RunView back = reorg.await(reorg.rollback(plan.id(), "test-admin").id(), Duration.ofSeconds(60));
		assertThat(back.status()).isEqualTo("DONE");
		assertThat(agencyIds(procedures.inForce(CODE, null, "code").configuration())).containsExactly(a.oldAgencyId(),
				a.oldAgencyId(), b.oldAgencyId(), a.oldAgencyId(), unrelated.agencyId(), b.oldAgencyId());
		// Leave nothing at an ended agency for other tests' plans.
		procedures.withdraw(CODE, null, "hết phép thử", "test");
	}

	private ProcedureVersion publishConfiguredBeforeTheChange(AgencyRef oldA, AgencyRef oldB, AgencyRef unrelated) {
		String csv = "code,name,ministry,field,implementing_levels,procedure_type,decision_no,target_subjects,"
				+ "competent_authority,implementing_agency,min_time_value,time_unit,fee_summary,detail_url,submission_raw\n"
				+ CODE + ",Thủ tục thử chuyển cấu hình " + CODE + ",Bộ Tư pháp,Thử nghiệm,\"Cấp tỉnh\",,1/QĐ-BTP,"
				+ "Công dân Việt Nam,,,10,Ngày làm việc,Miễn phí,,\n";
		String channels = "code,channel,time_value,time_unit,fee,description\n" + CODE
				+ ",Trực tiếp,10,Ngày làm việc,Miễn phí,\n";
		String full = "{\"ma_thu_tuc\":\"" + CODE + "\"}\n";
		procedures.importCatalogue(new CatalogueFiles("test", utf8(csv), utf8(channels), utf8(full)), null, "test", true);
		procedures.configure(CODE, configuration(unrelated, unrelated, unrelated), "test");
		ProcedureVersion published = procedures.publish(CODE, null, "test");
		jdbc.sql("UPDATE procedures_version SET configuration = CAST(:c AS jsonb) WHERE id = :id")
				.param("c", json.writeValueAsString(configuration(oldA, oldB, unrelated))).param("id", published.id())
				.update();
		return procedures.version(published.id());
	}

	/** Competent: a; receiving points: a, b; steps: a, the unrelated agency, b. */
	private static ProvinceConfiguration configuration(AgencyRef a, AgencyRef b, AgencyRef unrelated) {
		List<ProcessStep> steps = List.of(new ProcessStep("Tiếp nhận", Role.RECEIVER, a, new BigDecimal("0.5")),
				new ProcessStep("Thẩm định", Role.SPECIALIST, unrelated, new BigDecimal("3.5")),
				new ProcessStep("Phê duyệt", Role.LEADER, b, BigDecimal.ONE));
		return new ProvinceConfiguration(ProcedureLevel.PROVINCE, a, List.of(a, b), new BigDecimal("5"),
				TimeUnit.WORKING_DAYS, List.of(new Fee("Lệ phí", 0, "")),
				List.of(new DossierComponent("", "Tờ khai", "Mau01.docx", "1 bản chính", true)), OnlineLevel.FULL, steps);
	}

	private static List<Long> agencyIds(ProvinceConfiguration c) {
		List<Long> ids = new java.util.ArrayList<>();
		ids.add(c.competentAgency().agencyId());
		c.receivingPoints().forEach(r -> ids.add(r.agencyId()));
		c.steps().forEach(s -> ids.add(s.agency().agencyId()));
		return ids;
	}

	private static AgencyRef ref(long id, String name) {
		return new AgencyRef(id, null, name);
	}

	private static byte[] utf8(String s) {
		return s.getBytes(StandardCharsets.UTF_8);
	}
}
