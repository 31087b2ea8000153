package org.thongsuot.dossiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.thongsuot.IntegrationTest;
import org.thongsuot.identity.CurrentUser;
import org.thongsuot.identity.Role;
import org.thongsuot.platform.ApiException;
import org.thongsuot.platform.ErrorCode;

/**
 * Officials racing on one dossier with the version they all read (two colleagues, a double click sent
 * twice): exactly one action is applied, every other is refused as stale, and the history and the audit
 * trail hold one line for it.
 */
@IntegrationTest
class ConcurrentActionTests {

	@Autowired
	DossierFixtures fixtures;

	@Autowired
	Dossiers dossiers;

	@Autowired
	JdbcClient jdbc;

	@Test
	void ofActionsRacingOnOneVersionExactlyOneIsAppliedAndTheOthersAreRefusedAsStale() throws Exception {
		DossierFixture fixture = fixtures.get();
		CurrentUser receiver = DossierFixture.official("recv-a", Role.RECEIVER, fixture.communeA);
		int rounds = 5;
		int racers = 6;
		ExecutorService pool = Executors.newFixedThreadPool(racers);
		try {
			for (int round = 0; round < rounds; round++) {
				DossierView received = dossiers.receive(new ReceiptRequest(DossierFixture.PROCEDURE, fixture.communeA,
						SubmissionChannel.COUNTER, new Applicant("Võ Thị Em", "068190004324", null),
						List.of(new ComponentFile(DossierFixture.COMPONENT, "to-khai.pdf", DossierFixture.PDF))), receiver,
						null).dossier();
				String code = received.code();
				CountDownLatch start = new CountDownLatch(1);
				List<Future<String>> outcomes = new ArrayList<>();
				for (int i = 0; i < racers; i++) {
					outcomes.add(pool.submit(() -> {
						start.await();
						try {
							return "step " + dossiers.act(code, DossierAction.FORWARD,
									new ActionRequest(received.version(), null, List.of()), receiver).step();
						}
						catch (ApiException e) {
							return e.code().name();
						}
					}));
				}
				start.countDown();
				List<String> results = new ArrayList<>();
				for (Future<String> outcome : outcomes) {
					results.add(outcome.get());
				}
				assertThat(results).as(code).containsOnlyOnce("step 1")
						.filteredOn(r -> !r.equals("step 1"))
						.hasSize(racers - 1)
						.allMatch(r -> r.equals(ErrorCode.DOSSIER_VERSION_CONFLICT.name()));
				DossierView now = dossiers.get(code, null, receiver);
				assertThat(now.version()).isEqualTo(received.version() + 1);
				assertThat(now.history()).hasSize(2);
				assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE subject_id = :c AND action = 'DossierStepCompleted'")
						.param("c", code).query(Long.class).single()).isEqualTo(1);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}
}
