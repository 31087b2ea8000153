package org.thongsuot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thongsuot.DemoSubmissions.Account;
import org.thongsuot.DemoSubmissions.Acknowledged;

/**
 * Issue 4, "the dossier code ... stays unique with several application nodes on one database": two
 * processes of the packaged jar on one PostgreSQL (the second node uses the first's embedded server as its
 * external database), clients submitting to both at once for the same communes' People's Committees, so
 * both nodes take numbers from the same agency's day counter at the same time.
 */
class TwoNodesIT {

	private static final int CLIENTS = 8;
	private static final int SUBMISSIONS = 400;

	@TempDir
	Path first;

	@TempDir
	Path second;

	private final DemoSubmissions submissions = new DemoSubmissions();
	/** Each acknowledged code with the node that received it. */
	private final Map<String, PackagedApplication> receivedBy = new ConcurrentHashMap<>();
	private final ConcurrentLinkedQueue<Acknowledged> acknowledged = new ConcurrentLinkedQueue<>();
	private final ConcurrentLinkedQueue<String> refused = new ConcurrentLinkedQueue<>();

	@Test
	void twoNodesOnOneDatabaseGiveEveryDossierItsOwnCodeGapFreePerAgencyAndDay() throws Exception {
		try (PackagedApplication a = new PackagedApplication(PackagedApplication.jar(), first);
				PackagedApplication b = new PackagedApplication(PackagedApplication.jar(), second, a)) {
			a.start();
			List<Account> accounts = submissions.accounts(a);
			b.start();
			List<Thread> clients = new ArrayList<>();
			for (int i = 0; i < CLIENTS; i++) {
				PackagedApplication node = i % 2 == 0 ? a : b;
				Account account = accounts.get(i % accounts.size());
				Thread client = new Thread(() -> submit(node, account), "client-" + i);
				client.start();
				clients.add(client);
			}
			for (Thread client : clients) {
				client.join(TimeUnit.SECONDS.toMillis(180));
				assertThat(client.isAlive()).as("a client still submitting after 180 s").isFalse();
			}
			System.out.printf("TwoNodesIT: %d acknowledged, %d by the first node, %d by the second%n", acknowledged.size(),
					receivedBy.values().stream().filter(a::equals).count(), receivedBy.values().stream().filter(b::equals).count());

			assertThat(refused).as("submissions refused").isEmpty();
			assertThat(receivedBy).as("codes, each acknowledged once").hasSize(acknowledged.size());
			assertThat(receivedBy.values()).as("both nodes received").contains(a, b);
			Map<String, Set<PackagedApplication>> nodesByAgencyDay = receivedBy.entrySet().stream().collect(Collectors
					.groupingBy(e -> e.getKey().substring(0, e.getKey().lastIndexOf('-')),
							Collectors.mapping(Map.Entry::getValue, Collectors.toSet())));
			assertThat(nodesByAgencyDay.values()).as("an agency's day numbered by both nodes at once")
					.anyMatch(nodes -> nodes.size() == 2);
			assertThat(a.rows("SELECT code FROM dossier")).as("dossiers stored").hasSize(acknowledged.size());
			assertThat(a.rows(DemoSubmissions.BROKEN_NUMBERING))
					.as("agencies and days whose numbers are not exactly 1..n with the counter at n").isEmpty();
			for (Acknowledged receipt : acknowledged) {
				PackagedApplication other = receivedBy.get(receipt.code()) == a ? b : a;
				assertThat(submissions.lookUp(other.baseUrl(), receipt))
						.as("%s, received by one node, read on the other", receipt.code()).isEqualTo(200);
			}
		}
	}

	private void submit(PackagedApplication node, Account account) {
		Random random = new Random();
		StringBuilder answer = new StringBuilder();
		try {
			while (acknowledged.size() < SUBMISSIONS && refused.isEmpty()) {
				String key = UUID.randomUUID().toString();
				Acknowledged receipt = submissions.send(submissions.submission(node.baseUrl(), account, key, random), key,
						answer);
				if (receipt == null) {
					refused.add(answer.toString());
					return;
				}
				acknowledged.add(receipt);
				receivedBy.put(receipt.code(), node);
			}
		}
		catch (Exception e) {
			refused.add(e.toString());
		}
	}
}
