package org.thongsuot.dossiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.thongsuot.IntegrationTest;
import org.thongsuot.identity.CurrentUser;
import org.thongsuot.identity.Role;

/**
 * What a processing step costs the database, counted in statements (never timed): the step's whole
 * transaction is BEGIN, one statement that locks and reads the dossier with everything its answer shows,
 * one that writes the new state with its history line, the audit entry of its event, and COMMIT. A change
 * that adds a read-back or a separate write shows up here as a number, not as a slower benchmark later.
 * The life is the one {@code bench/flowable.sh} measures: receipt, forward, forward, approve, return.
 */
@IntegrationTest
class ActionStatementBudgetTests {

	/** BEGIN, lock-and-read, write (state and history), audit entry, COMMIT. */
	static final int PER_ACTION = 5;

	@Autowired
	Dossiers dossiers;

	@Autowired
	DossierFixtures fixtures;

	@Test
	void eachProcessingStepOfALifeTakesFiveStatementsIncludingBeginAndCommit() throws Exception {
		DossierFixture fixture = fixtures.get();
		CurrentUser receiver = DossierFixture.official("recv-a", Role.RECEIVER, fixture.communeA);
		CurrentUser specialist = DossierFixture.official("spec-a", Role.SPECIALIST, fixture.communeA);
		CurrentUser leader = DossierFixture.official("lead-a", Role.LEADER, fixture.communeA);
		// Two lives first: the driver prepares a statement for good from its fifth use on a connection, so the
		// third life shows, beside the count, whether each action still needs a statement parsed (it should not).
		life(fixture, receiver, specialist, leader);
		life(fixture, receiver, specialist, leader);
		Map<String, StatementCounter.Count> counts = life(fixture, receiver, specialist, leader);

		System.out.println("statements per step of a dossier's life (executed incl. BEGIN/COMMIT, parsed): " + counts);
		counts.forEach((step, count) -> {
			if (!step.equals("receive")) {
				assertThat(count.executed()).as(step).isLessThanOrEqualTo(PER_ACTION);
			}
		});
	}

	private Map<String, StatementCounter.Count> life(DossierFixture fixture, CurrentUser receiver,
			CurrentUser specialist, CurrentUser leader) throws Exception {
		Map<String, StatementCounter.Count> counts = new LinkedHashMap<>();
		var received = StatementCounter.count(() -> dossiers.receive(new ReceiptRequest(DossierFixture.PROCEDURE,
				fixture.communeA, SubmissionChannel.COUNTER, new Applicant("Phạm Thị Dung", "068190004323", null),
				List.of(new ComponentFile(DossierFixture.COMPONENT, "to-khai.pdf", DossierFixture.PDF))), receiver,
				null).dossier());
		counts.put("receive", received.count());
		DossierView d = received.result();
		d = step(counts, "forward (receiver)", d, DossierAction.FORWARD, receiver);
		d = step(counts, "forward (specialist)", d, DossierAction.FORWARD, specialist);
		d = step(counts, "approve", d, DossierAction.APPROVE, leader);
		d = step(counts, "return-result", d, DossierAction.RETURN_RESULT, receiver);
		assertThat(d.status()).isEqualTo(DossierStatus.RESULT_RETURNED);
		return counts;
	}

	private DossierView step(Map<String, StatementCounter.Count> counts, String name, DossierView d,
			DossierAction action, CurrentUser user) throws Exception {
		String code = d.code();
		ActionRequest request = new ActionRequest(d.version(), null, List.of());
		var acted = StatementCounter.count(() -> dossiers.act(code, action, request, user));
		counts.put(name, acted.count());
		return acted.result();
	}
}
