package org.thongsuot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
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

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 4, "kill the application with SIGKILL in the middle of a submission run: every submission that was
 * acknowledged is there after restart", run by {@code ./mvnw verify} on the packaged jar (Maven's failsafe
 * plugin, after {@code package}). Clients submit without pause, online as the demo citizen and at the
 * counter as the demo communes' receivers, while the application is killed twice: the JVM alone, then the
 * JVM with its PostgreSQL. A client that got no answer retries with the same {@code Idempotency-Key} until
 * it gets one, as a careful client does. {@code bench/crash.sh} is the longer version of the same proof.
 */
class KillDuringIntakeIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final int CLIENTS = 6;

	@TempDir
	Path directory;

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(2)).build();
	private final ConcurrentLinkedQueue<Acknowledged> acknowledged = new ConcurrentLinkedQueue<>();
	private final ConcurrentLinkedQueue<String> refused = new ConcurrentLinkedQueue<>();
	private final AtomicInteger retries = new AtomicInteger();
	private final AtomicBoolean stop = new AtomicBoolean();

	record Acknowledged(String key, String code, String secret, int status) {
	}

	record Account(String authorization, List<Long> agencies, String channel) {
	}

	@Test
	void everyAcknowledgedSubmissionIsThereExactlyOnceAfterTheApplicationIsKilledAndRestarted() throws Exception {
		long seed = System.nanoTime();
		Random random = new Random(seed);
		try (PackagedApplication application = new PackagedApplication(PackagedApplication.jar(), directory)) {
			application.start();
			List<Account> accounts = demoAccounts(application);
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
			try (Connection database = DriverManager.getConnection(application.jdbcUrl());
					Statement sql = database.createStatement()) {
				Set<String> stored = strings(sql, "SELECT code FROM dossier");
				assertThat(stored).as("acknowledged codes after the restarts").containsAll(keysByCode.keySet());
				assertThat(strings(sql, "SELECT applicant_name FROM dossier GROUP BY 1 HAVING count(*) > 1"))
						.as("submissions stored twice (the applicant's name carries the key)").isEmpty();
				assertThat(strings(sql, """
						SELECT d.agency_id || ' ' || c.day FROM dossier d JOIN dossier_counter c
						  ON c.agency_id = d.agency_id AND c.day = to_date(split_part(d.code, '-', 2), 'YYMMDD')
						GROUP BY d.agency_id, c.day, c.last
						HAVING count(*) <> max(right(d.code, 4)::int) OR min(right(d.code, 4)::int) <> 1
						    OR c.last <> max(right(d.code, 4)::int)"""))
						.as("agencies and days whose numbers are not exactly 1..n with the counter at n").isEmpty();
			}
			for (Acknowledged receipt : acknowledged) {
				HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(application.baseUrl()
						+ "/api/dossiers/" + receipt.code() + "?secret=" + URLEncoder.encode(receipt.secret(),
								StandardCharsets.UTF_8)))
						.header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
				assertThat(answer.statusCode()).as("the public look-up of %s with its receipt", receipt.code())
						.isEqualTo(200);
			}
		}
	}

	/** Thread i submits as the demo citizen (online) or a demo commune's receiver (at the counter), alternately. */
	private List<Account> demoAccounts(PackagedApplication application) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
		while (!Files.exists(application.demoLogins())
				|| !Files.readString(application.demoLogins()).contains("demo.xa3.tiepnhan\t")) {
			assertThat(System.nanoTime()).as("the demo setup wrote its logins").isLessThan(deadline);
			Thread.sleep(200);
		}
		Map<String, String> passwords = Files.readAllLines(application.demoLogins()).stream()
				.filter(line -> line.contains("\t")).map(line -> line.split("\t"))
				.collect(Collectors.toMap(f -> f[0], f -> f[1], (a, b) -> a));
		// the People's Committees of the new Lâm Đồng's first three communes: the demo receivers' agencies
		List<Long> committees = new ArrayList<>();
		for (JsonNode commune : get(application, "/api/units/68/children")) {
			for (JsonNode agency : get(application, "/api/agencies?unit=" + commune.get("code").asString())) {
				if ("PEOPLES_COMMITTEE".equals(agency.get("kind").asString())) {
					committees.add(agency.get("id").asLong());
				}
			}
			if (committees.size() == 3) {
				break;
			}
		}
		List<Account> accounts = new ArrayList<>();
		for (int n = 0; n < 3; n++) {
			accounts.add(new Account(basic("demo.congdan", passwords.get("demo.congdan")), committees, "ONLINE"));
			String receiver = "demo.xa" + (n + 1) + ".tiepnhan";
			accounts.add(new Account(basic(receiver, passwords.get(receiver)), List.of(committees.get(n)), "COUNTER"));
		}
		return accounts;
	}

	private JsonNode get(PackagedApplication application, String path) throws IOException, InterruptedException {
		return JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(application.baseUrl() + path))
				.header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString()).body());
	}

	private void submitUntilStopped(PackagedApplication application, Account account) {
		Random random = new Random();
		while (!stop.get()) {
			String key = UUID.randomUUID().toString();
			String boundary = "----kill" + UUID.randomUUID().toString().replace("-", "");
			HttpRequest request = HttpRequest.newBuilder(URI.create(application.baseUrl() + "/api/dossiers"))
					.timeout(Duration.ofSeconds(30))
					.header("Authorization", account.authorization()).header("Idempotency-Key", key)
					.header("Accept", "application/json")
					.header("Content-Type", "multipart/form-data; boundary=" + boundary)
					.POST(HttpRequest.BodyPublishers.ofByteArray(body(boundary, key, account, random))).build();
			// in doubt (no answer: refused or reset connection, time-out, a 5xx while dying or starting):
			// the same request again, with the same key, until it is answered
			while (true) {
				try {
					HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
					if (answer.statusCode() == 200 || answer.statusCode() == 201) {
						JsonNode receipt = JSON.readTree(answer.body());
						acknowledged.add(new Acknowledged(key, receipt.get("dossier").get("code").asString(),
								receipt.get("secret").asString(), answer.statusCode()));
						break;
					}
					if (answer.statusCode() < 500) {
						refused.add(answer.statusCode() + " " + answer.body());
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

	/** The dossier as JSON and two small unique PDFs, each with its component's name. */
	private static byte[] body(String boundary, String key, Account account, Random random) {
		long agency = account.agencies().get(random.nextInt(account.agencies().size()));
		String dossier = """
				{"procedureCode": "1.004837", "agencyId": %d, "channel": "%s",
				 "applicant": {"name": "Người nộp thử %s", "idNumber": "068090%06d"}}"""
				.formatted(agency, account.channel(), key, random.nextInt(1_000_000));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		part(out, boundary, "name=\"dossier\"", "application/json", dossier.getBytes(StandardCharsets.UTF_8));
		part(out, boundary, "name=\"file\"; filename=\"to-khai.pdf\"", "application/pdf", pdf("to khai " + key));
		part(out, boundary, "name=\"component\"", "text/plain; charset=UTF-8",
				"Tờ khai đăng ký giám hộ".getBytes(StandardCharsets.UTF_8));
		part(out, boundary, "name=\"file\"; filename=\"giay-to.pdf\"", "application/pdf", pdf("giay to " + key));
		part(out, boundary, "name=\"component\"", "text/plain; charset=UTF-8",
				"Giấy tờ chứng minh điều kiện giám hộ".getBytes(StandardCharsets.UTF_8));
		out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
		return out.toByteArray();
	}

	private static void part(ByteArrayOutputStream out, String boundary, String disposition, String type, byte[] content) {
		out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; " + disposition + "\r\nContent-Type: "
				+ type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		out.writeBytes(content);
		out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
	}

	private static byte[] pdf(String text) {
		return ("%PDF-1.4\n% " + text + "\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
				.getBytes(StandardCharsets.US_ASCII);
	}

	private static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
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

	private static Set<String> strings(Statement sql, String query) throws SQLException {
		Set<String> values = new HashSet<>();
		try (ResultSet rows = sql.executeQuery(query)) {
			while (rows.next()) {
				values.add(rows.getString(1));
			}
		}
		return values;
	}
}
