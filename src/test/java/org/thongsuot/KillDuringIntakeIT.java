package org.thongsuot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thongsuot.DemoSubmissions.Account;
import org.thongsuot.DemoSubmissions.Acknowledged;

/**
 * Issue 4, "kill the application with SIGKILL in the middle of a submission run: every submission that was
 * acknowledged is there after restart", run by {@code ./mvnw verify} on the packaged jar (Maven's failsafe
 * plugin, after {@code package}). Clients submit without pause, online as the demo citizen and at the
 * counter as the demo communes' receivers, while the application is killed twice: the JVM alone, then the
 * JVM with its PostgreSQL. A client that got no answer retries with the same {@code Idempotency-Key} until
 * it gets one, as a careful client does. {@code bench/crash.sh} is the longer version of the same proof.
 */
class KillDuringIntakeIT {

	private static final int CLIENTS = 6;

	@TempDir
	Path directory;

	private final DemoSubmissions submissions = new DemoSubmissions();
	private final ConcurrentLinkedQueue<Acknowledged> acknowledged = new ConcurrentLinkedQueue<>();
	private final ConcurrentLinkedQueue<String> refused = new ConcurrentLinkedQueue<>();
	private final AtomicInteger retries = new AtomicInteger();
	private final AtomicBoolean stop = new AtomicBoolean();

	@Test
	void everyAcknowledgedSubmissionIsThereExactlyOnceAfterTheApplicationIsKilledAndRestarted() throws Exception {
		long seed = System.nanoTime();
		Random random = new Random(seed);
		try (PackagedApplication application = new PackagedApplication(PackagedApplication.jar(), directory)) {
			application.start();
			List<Account> accounts = submissions.accounts(application);
			List<Thread> clients = new ArrayList<>();
			for (int i = 0; i < CLIENTS; i++) {
				Account account = accounts.get(i % accounts.size());
				Thread client = new Thread(() -> submitUntilStopped(application, account), "client-" + i);
				client.start();
				clients.add(client);
			}

			awaitMoreAcknowledged(40);
			Thread.sleep(500 + random.nextInt(2500)); // a moment in the middle of the load, not between requests
			application.killJvm();
			int beforeFirstKill = acknowledged.size();
			application.start();

			awaitMoreAcknowledged(20);
			Thread.sleep(500 + random.nextInt(2500));
			application.killJvmAndDatabase();
			int beforeSecondKill = acknowledged.size();
			application.start();

			awaitMoreAcknowledged(20);
			stop.set(true);
			for (Thread client : clients) {
				client.join(TimeUnit.SECONDS.toMillis(120));
				assertThat(client.isAlive()).as("a client's submission in hand was never answered").isFalse();
			}

			// for the build log: what this run went through
			System.out.printf("KillDuringIntakeIT (seed %d): %d acknowledged, %d before the first kill, %d before the"
					+ " second, %d requests in doubt retried with their key%n", seed, acknowledged.size(), beforeFirstKill,
					beforeSecondKill, retries.get());
			assertThat(refused).as("submissions refused (seed %d)", seed).isEmpty();
			assertThat(beforeFirstKill).as("acknowledged before the first kill").isPositive();
			assertThat(beforeSecondKill).as("acknowledged before the second kill").isGreaterThan(beforeFirstKill);
			assertThat(retries.get()).as("submissions in doubt, retried with their key").isPositive();

			Map<String, Set<String>> keysByCode = acknowledged.stream().collect(
					Collectors.groupingBy(Acknowledged::code, Collectors.mapping(Acknowledged::key, Collectors.toSet())));
			assertThat(keysByCode.values()).as("one code acknowledged for two different submissions")
					.allMatch(keys -> keys.size() == 1);
			assertThat(application.rows("SELECT code FROM dossier")).as("acknowledged codes after the restarts")
					.containsAll(keysByCode.keySet());
			assertThat(application.rows("SELECT applicant_name FROM dossier GROUP BY 1 HAVING count(*) > 1"))
					.as("submissions stored twice (the applicant's name carries the key)").isEmpty();
			assertThat(application.rows(DemoSubmissions.BROKEN_NUMBERING))
					.as("agencies and days whose numbers are not exactly 1..n with the counter at n").isEmpty();
			for (Acknowledged receipt : acknowledged) {
				assertThat(submissions.lookUp(application.baseUrl(), receipt))
						.as("the public look-up of %s with its receipt", receipt.code()).isEqualTo(200);
			}
		}
	}

	private void submitUntilStopped(PackagedApplication application, Account account) {
		Random random = new Random();
		StringBuilder answer = new StringBuilder();
		while (!stop.get()) {
			String key = UUID.randomUUID().toString();
			HttpRequest submission = submissions.submission(application.baseUrl(), account, key, random);
			// in doubt (no answer: refused or reset connection, time-out, a 5xx while dying or starting):
			// the same request again, with the same key, until it is answered
			while (true) {
				try {
					Acknowledged receipt = submissions.send(submission, key, answer);
					if (receipt != null) {
						acknowledged.add(receipt);
						break;
					}
					if (answer.charAt(0) != '5') {
						refused.add(answer.toString());
						break;
					}
				}
				catch (IOException inDoubt) {
					// retried below
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					return;
				}
				retries.incrementAndGet();
				try {
					Thread.sleep(200);
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}
	}

	private void awaitMoreAcknowledged(int more) throws InterruptedException {
		int target = acknowledged.size() + more;
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
		while (acknowledged.size() < target) {
			assertThat(refused).as("submissions refused").isEmpty();
			assertThat(System.nanoTime()).as("%d more acknowledged submissions within 120 s", more).isLessThan(deadline);
			Thread.sleep(50);
		}
	}
}
