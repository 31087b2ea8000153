package org.thongsuot.reorg;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.thongsuot.IntegrationTest;

/**
 * An unfinished dossier handled by an agency the plan leaves alone, whose current or later steps are at
 * agencies the plan ends (another agency than the handling one): those steps go to the successors, the
 * done steps and a finished dossier's steps stay; dry run, history, audit, verification, idempotence and
 * rollback as for the dossiers themselves.
 */
@IntegrationTest
class DossierStepCutoverTests {

	private static final LocalDate DONG_NAI = LocalDate.of(2026, 4, 30);
	/** The day CutoverData puts in these dossiers' codes (unique among the tests). */
	private static final int DAY = 14;

	@Autowired
	Reorganizations reorg;
	@Autowired
	JdbcClient jdbc;

	@Test
	void remainingStepsAtEndedAgenciesOtherThanTheHandlingOneFollowTheirSuccessors() {
		Plan plan = reorg.planFromLineage(DONG_NAI, "75", "Đồng Nai — bước ở cơ quan khác", null, "test");
		List<AgencyMove> moves = reorg.agencyMoves(plan.id());
		AgencyMove a = moves.get(0);
		AgencyMove b = moves.get(1);
		long handling = a.successorAgencyId(); // an agency the plan does not end
		CutoverData.insert(jdbc, List.of(handling), 3, 1, DAY, 3, List.of());
		// 1: received (step 0); its steps 1 and 2 at the ended agencies a and b: both move.
		steps(1, a.oldAgencyId(), b.oldAgencyId());
		// 2: at step 2; its done steps 0 and 1 at a and b stay, step 2 at b moves.
		jdbc.sql("UPDATE dossier SET status = 'PROCESSING', step = 2 WHERE code = :code").param("code", code(handling, 2))
				.update();
		steps(2, a.oldAgencyId(), b.oldAgencyId(), b.oldAgencyId());
		// 3: result returned; nothing of it moves.
		steps(3, a.oldAgencyId(), b.oldAgencyId(), b.oldAgencyId());
		String before = placement(handling);

		DryRunReport dry = reorg.dryRun(plan.id());
		DryRunReport.Subject subject = dry.subjects().stream().filter(s -> s.subject().equals("step")).findFirst()
				.orElseThrow();
		assertThat(subject.total()).isEqualTo(3);
		assertThat(placement(handling)).as("the dry run changed nothing").isEqualTo(before);

		RunView run = reorg.await(reorg.apply(plan.id(), "test-admin").id(), Duration.ofSeconds(60));
		assertThat(run.status()).isEqualTo("DONE");
		long sa = a.successorAgencyId();
		long sb = b.successorAgencyId();
		long oa = a.oldAgencyId();
		long ob = b.oldAgencyId();
		assertThat(placement(handling)).isEqualTo(String.join(";",
				handling + ":" + handling + "," + sa + "," + sb,
				handling + ":" + oa + "," + ob + "," + sb,
				handling + ":" + oa + "," + ob + "," + ob));
		assertThat(jdbc.sql("SELECT count(*) FROM dossier_history h JOIN dossier d ON d.id = h.dossier_id"
				+ " WHERE d.code LIKE :like AND h.action = 'TRANSFER' AND h.note LIKE 'Bước %'").param("like", like(handling))
				.query(Long.class).single()).isEqualTo(3);
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'DossierStepTransferred' AND subject_id LIKE :like")
				.param("like", like(handling)).query(Long.class).single()).isEqualTo(3);
		Verification report = reorg.verification(run.id());
		assertThat(report.consistent()).isTrue();
		assertThat(report.rows()).filteredOn(r -> r.subject().equals("step") && r.side().equals("OLD"))
				.extracting(r -> r.agencyId() + ":" + r.before() + "-" + r.movedOut() + "=" + r.after())
				.contains(oa + ":1-1=0", ob + ":2-2=0");

		RunView again = reorg.await(reorg.apply(plan.id(), "test-admin").id(), Duration.ofSeconds(60));
		assertThat(again.progress()).filteredOn(p -> p.subject().equals("step")).allMatch(p -> p.moved() == 0);

		RunView back = reorg.await(reorg.rollback(plan.id(), "test-admin").id(), Duration.ofSeconds(60));
		assertThat(back.status()).isEqualTo("DONE");
		assertThat(placement(handling)).isEqualTo(before);
		assertThat(reorg.verification(back.id()).consistent()).isTrue();
		// Leave nothing at an ended agency for other tests' plans.
		jdbc.sql("UPDATE dossier SET status = 'RESULT_RETURNED' WHERE code LIKE :like").param("like", like(handling)).update();
	}

	/** Puts the dossier's steps 1, 2… (or 0, 1, 2 when three are given) at the agencies. */
	private void steps(int n, long... agencies) {
		int first = agencies.length == 3 ? 0 : 1;
		for (int i = 0; i < agencies.length; i++) {
			jdbc.sql("UPDATE dossier_step s SET agency_id = :agency FROM dossier d"
					+ " WHERE d.id = s.dossier_id AND d.code LIKE :like AND d.code LIKE :suffix AND s.position = :position")
					.param("agency", agencies[i]).param("like", "%-2506" + DAY + "-%").param("suffix", "%-" + pad(n))
					.param("position", first + i).update();
		}
	}

	private String placement(long handling) {
		return jdbc.sql("""
				SELECT string_agg(d.agency_id || ':' || (SELECT string_agg(s.agency_id::text, ',' ORDER BY s.position)
				                                           FROM dossier_step s WHERE s.dossier_id = d.id), ';' ORDER BY d.code)
				  FROM dossier d WHERE d.code LIKE :like""").param("like", like(handling))
				.query(String.class).single();
	}

	private static String code(long agency, int n) {
		return "X" + agency + "-2506" + DAY + "-" + pad(n);
	}

	private static String like(long agency) {
		return "X" + agency + "-2506" + DAY + "-%";
	}

	private static String pad(int n) {
		return String.format("%04d", n);
	}
}
