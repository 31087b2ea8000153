package org.thongsuot.dossiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.thongsuot.IntegrationTest;
import org.thongsuot.identity.CurrentUser;
import org.thongsuot.identity.Role;

/** Receipts racing at one agency (as on several nodes sharing the database) get distinct, consecutive numbers. */
@IntegrationTest
class ConcurrentReceiptTests {

	@Autowired
	DossierFixtures fixtures;

	@Autowired
	Dossiers dossiers;

	@Test
	void racingReceiptsGetConsecutiveNumbersWithoutGapsOrDuplicates() throws Exception {
		DossierFixture fixture = fixtures.get();
		CurrentUser receiver = DossierFixture.official("recv-a", Role.RECEIVER, fixture.communeA);
		ReceiptRequest request = new ReceiptRequest(DossierFixture.PROCEDURE, fixture.communeA, SubmissionChannel.POST,
				new Applicant("Lê Văn Cường", "068085001234", null),
				List.of(new ComponentFile(DossierFixture.COMPONENT, "to-khai.pdf", DossierFixture.PDF)));
		int n = 12;
		ExecutorService pool = Executors.newFixedThreadPool(6);
		List<Future<String>> futures = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			Callable<String> receive = () -> dossiers.receive(request, receiver, null).dossier().code();
			futures.add(pool.submit(receive));
		}
		List<Integer> numbers = new ArrayList<>();
		for (Future<String> f : futures) {
			String code = f.get();
			numbers.add(Integer.parseInt(code.substring(code.lastIndexOf('-') + 1)));
		}
		pool.shutdown();
		int lowest = numbers.stream().mapToInt(Integer::intValue).min().orElseThrow();
		assertThat(numbers).doesNotHaveDuplicates().hasSize(n)
				.allSatisfy(x -> assertThat(x).isBetween(lowest, lowest + n - 1));
	}
}
