package org.thongsuot.bench;

import static io.gatling.javaapi.http.HttpDsl.ByteArrayBodyPart;
import static io.gatling.javaapi.http.HttpDsl.StringBodyPart;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.pace;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * Online dossier intake: a fixed number of clients ({@code users}), each submitting one dossier after
 * another as the demo citizen (HTTP basic, multipart with two small PDFs, each unique so the blob store
 * really writes them, an {@code Idempotency-Key} as a careful client sends), to the People's Committees
 * of many communes (as a province's citizens do). Acknowledged = 201, which the application sends only
 * after the commit.
 *
 * <p>Beside it, at a low constant rate, three probes measure latency under that load: the health
 * endpoint (the same-run baseline: HTTP stack plus one database round trip), a dossier look-up by code
 * with the receipt's secret (codes the intake just received), and an official's work queue page
 * ({@code /dossiers}, form login once per probe client, then the page again and again).
 *
 * <p>System properties: {@code baseUrl}, {@code users}, {@code seconds}, {@code citizen},
 * {@code citizenPassword}, {@code agencies} (comma-separated agency ids that may receive the procedure),
 * {@code official}, {@code officialPassword} (a receiver of the first of those agencies), {@code probeRate}
 * (requests per second of each probe), {@code procedure}.
 */
public class DossierIntakeSimulation extends Simulation {

	private final String baseUrl = System.getProperty("baseUrl", "http://localhost:8080");
	private final int users = Integer.getInteger("users", 16);
	private final int seconds = Integer.getInteger("seconds", 60);
	private final String citizen = System.getProperty("citizen", "demo.congdan");
	private final String citizenPassword = System.getProperty("citizenPassword", "");
	private final List<Long> agencies = Arrays.stream(System.getProperty("agencies", "").split(","))
			.filter(s -> !s.isBlank()).map(Long::parseLong).toList();
	private final String official = System.getProperty("official", "demo.xa1.tiepnhan");
	private final String officialPassword = System.getProperty("officialPassword", "");
	private final double probeRate = Double.parseDouble(System.getProperty("probeRate", "5"));
	private final String procedure = System.getProperty("procedure", "1.004837");

	/** The latest receipts (code and secret), for the look-ups: a ring written by the intake clients. */
	private static final int RING = 4096;
	private final AtomicReferenceArray<String[]> receipts = new AtomicReferenceArray<>(RING);
	private final AtomicLong received = new AtomicLong();

	private final HttpProtocolBuilder protocol = http.baseUrl(baseUrl).acceptHeader("application/json")
			.disableFollowRedirect();

	/** A small, valid, unique PDF (about 1.5 kB): a real client's scan would be larger, the work per file is the same. */
	static byte[] pdf(String text) {
		String stream = "BT /F1 12 Tf 72 720 Td (" + text + ") Tj ET\n" + "% padding ".repeat(100) + "\n";
		String body = "%PDF-1.4\n"
				+ "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
				+ "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
				+ "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >> endobj\n"
				+ "4 0 obj << /Length " + stream.length() + " >> stream\n" + stream + "endstream endobj\n"
				+ "trailer << /Root 1 0 R >>\n%%EOF\n";
		return body.getBytes(StandardCharsets.ISO_8859_1);
	}

	private Session prepare(Session session) {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		long agency = agencies.get(random.nextInt(agencies.size()));
		// A 12-digit personal id of form: Lâm Đồng's code 068, born 1990 (0: 20th century, male), 6 random digits.
		String idNumber = "068090" + String.format("%06d", random.nextInt(1_000_000));
		String key = UUID.randomUUID().toString();
		String json = "{\"procedureCode\":\"" + procedure + "\",\"agencyId\":" + agency
				+ ",\"applicant\":{\"name\":\"Người nộp thử " + key.substring(0, 8) + "\",\"idNumber\":\"" + idNumber
				+ "\",\"phone\":\"0912345678\"}}";
		return session.set("key", key).set("dossierJson", json).set("form", pdf("to khai " + key))
				.set("proof", pdf("giay to " + key));
	}

	private Session remember(Session session) {
		if (session.contains("code")) {
			long n = received.getAndIncrement();
			receipts.set((int) (n % RING), new String[] { session.getString("code"), session.getString("secret") });
		}
		return session;
	}

	private Session pickReceipt(Session session) {
		long n = received.get();
		if (n == 0) {
			return session; // nothing received yet: no look-up
		}
		String[] receipt = receipts.get((int) (ThreadLocalRandom.current().nextLong(Math.min(n, RING))));
		return session.set("lookupCode", receipt[0]).set("lookupSecret", receipt[1]);
	}

	private final ScenarioBuilder intake = scenario("intake")
			.exec(this::prepare)
			.exec(http("submit dossier").post("/api/dossiers")
					.basicAuth(citizen, citizenPassword)
					.header("Idempotency-Key", "#{key}")
					.bodyPart(StringBodyPart("dossier", "#{dossierJson}").contentType("application/json")
							.charset("UTF-8"))
					.bodyPart(ByteArrayBodyPart("file", session -> (byte[]) session.get("form"))
							.fileName("to-khai.pdf").contentType("application/pdf"))
					.bodyPart(StringBodyPart("component", "Tờ khai đăng ký giám hộ").charset("UTF-8"))
					.bodyPart(ByteArrayBodyPart("file", session -> (byte[]) session.get("proof"))
							.fileName("giay-to.pdf").contentType("application/pdf"))
					.bodyPart(StringBodyPart("component", "Giấy tờ chứng minh điều kiện giám hộ").charset("UTF-8"))
					.check(status().is(201), jsonPath("$.dossier.code").saveAs("code"),
							jsonPath("$.secret").saveAs("secret")))
			.exec(this::remember);

	private final ScenarioBuilder health = scenario("health")
			.exec(http("baseline: health").get("/actuator/health").check(status().is(200)));

	private final ScenarioBuilder lookup = scenario("look-up")
			.exec(this::pickReceipt)
			.doIf(session -> session.contains("lookupCode")).then(
					exec(http("dossier look-up by code").get("/api/dossiers/#{lookupCode}")
							.queryParam("secret", "#{lookupSecret}").check(status().is(200))));

	/** One official per probe client: logs in once (a session cookie), then opens the queue at the probe rate. */
	private final ScenarioBuilder queue = scenario("work queue")
			.exec(http("login page").get("/login").check(status().is(200),
					css("input[name='_csrf']", "value").optional().saveAs("csrf")))
			.exec(http("login").post("/login").formParam("username", official)
					.formParam("password", officialPassword).formParam("_csrf", "#{csrf}")
					.check(status().is(302)))
			.exec(during(Duration.ofSeconds(Math.max(1, seconds - Math.min(5, seconds / 4) - 1))).on(pace(Duration.ofMillis((long) (2000 / probeRate)))
					.exec(http("work queue page").get("/dossiers").header("Accept", "text/html")
							.check(status().is(200)))));

	{
		int warmUp = Math.min(5, seconds / 4);
		setUp(intake.injectClosed(constantConcurrentUsers(users).during(seconds)),
				health.injectOpen(nothingFor(warmUp), constantUsersPerSec(probeRate).during(seconds - warmUp)),
				lookup.injectOpen(nothingFor(warmUp), constantUsersPerSec(probeRate).during(seconds - warmUp)),
				// two officials' browsers, each at half the probe rate
				queue.injectOpen(nothingFor(warmUp), rampUsers(2).during(1)))
				.protocols(protocol);
	}
}
