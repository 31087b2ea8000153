package org.thongsuot.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.thongsuot.IntegrationTest;
import org.thongsuot.dossiers.DossierFixture;
import org.thongsuot.harness.FuzzRequest.FuzzResponse;
import org.thongsuot.identity.Officials;
import org.thongsuot.procedures.Procedures;
import org.thongsuot.units.Agencies;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Thousands of malformed requests, generated from the application's own OpenAPI document so that a new
 * endpoint is fuzzed without anyone listing it here, sent over real HTTP to the running server. Whatever
 * arrives, the platform answers without a server error, every refusal is an RFC 9457 problem with a
 * stable code, and a refused request leaves every table as it was.
 *
 * <p>Seeded: the seed is printed; rerun one with {@code -Dthongsuot.fuzz.seed=N} (or {@code random}),
 * and change the count with {@code -Dthongsuot.fuzz.requests=N}.
 */
@IntegrationTest
class ApiFuzzTests {

	static final long DEFAULT_SEED = 20261123L;
	static final int DEFAULT_REQUESTS = 10_000;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	Procedures procedures;

	@Autowired
	Agencies agencies;

	@Autowired
	Officials officials;

	@Test
	void tenThousandMalformedRequestsGetNoServerErrorOnlyProblemsAndChangeNothing() throws Exception {
		String seedProperty = System.getProperty("thongsuot.fuzz.seed", String.valueOf(DEFAULT_SEED));
		long seed = "random".equals(seedProperty) ? System.nanoTime() : Long.parseLong(seedProperty);
		int count = Integer.getInteger("thongsuot.fuzz.requests", DEFAULT_REQUESTS);
		System.out.println("API fuzz: seed " + seed + ", " + count + " requests (rerun: -Dthongsuot.fuzz.seed=" + seed
				+ ")");

		DossierFixture fixture = DossierFixture.get(procedures, agencies, officials);
		HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
				.connectTimeout(Duration.ofSeconds(10)).build();
		String base = "http://localhost:" + port;
		JsonNode openApi = json.readTree(client.send(HttpRequest.newBuilder(URI.create(base + "/v3/api-docs")).build(),
				HttpResponse.BodyHandlers.ofByteArray()).body());
		List<FuzzOperation> operations = FuzzOperation.all(openApi);
		assertThat(operations).as("operations in /v3/api-docs").hasSizeGreaterThan(20);
		assertThat(operations).extracting(FuzzOperation::path).contains("/api/dossiers", "/api/units/{code}",
				"/api/calendar/arrangements/{id}", "/api/catalogue/imports", "/api/agencies/import");

		// A real dossier, so that some requests reach one that exists.
		String receipt = json.writeValueAsString(DossierFixture.receipt(DossierFixture.PROCEDURE, fixture.communeA,
				"COUNTER", "068190001234", "to-khai.pdf", DossierFixture.PDF));
		HttpResponse<byte[]> received = client.send(HttpRequest.newBuilder(URI.create(base + "/api/dossiers"))
				.header("Content-Type", "application/json")
				.header("Authorization", RequestGenerator.basic("recv-a:" + DossierFixture.PASSWORD))
				.POST(HttpRequest.BodyPublishers.ofString(receipt)).build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(received.statusCode()).isEqualTo(201);
		String code = json.readTree(received.body()).path("dossier").path("code").asString();

		double authenticated = Double.parseDouble(System.getProperty("thongsuot.fuzz.authenticated", "0.06"));
		RequestGenerator generator = new RequestGenerator(seed, operations, fixture, openApi, List.of(code),
				authenticated);
		Tables tables = new Tables(jdbc, Path.of("target/test-blobs"));
		Map<String, Long> before = tables.counts();
		long files = tables.blobFiles();
		String xmax = tables.xmax();

		List<String> failures = new ArrayList<>();
		Map<Integer, Integer> statuses = new TreeMap<>();
		Map<String, Integer> byOperation = new TreeMap<>();
		int accepted = 0;
		long started = System.nanoTime();
		long sending = 0;
		List<Map.Entry<Long, String>> slowest = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			FuzzRequest request = generator.next(i);
			long sent = System.nanoTime();
			FuzzResponse response = request.send(client, base);
			long took = System.nanoTime() - sent;
			sending += took;
			if (took > 200_000_000L) {
				slowest.add(Map.entry(took / 1_000_000, "#" + i + " " + FuzzRequest.abbreviate(request.describe(), 160)
						+ " -> " + response.status()));
			}
			statuses.merge(response.status(), 1, Integer::sum);
			byOperation.merge(request.operation(), 1, Integer::sum);
			String problem = check(request, response);
			if (problem != null && failures.size() < 1000) {
				failures.add("#" + i + " " + problem + "\n    " + request.describe() + "\n    -> " + response.status()
						+ " " + response.contentType() + " " + abbreviate(response.body(), 300));
			}
			boolean write = !List.of("GET", "HEAD", "OPTIONS", "TRACE").contains(request.method());
			if (response.status() < 300 && write) {
				// A mutation the API accepted as valid: it may write. Take a new baseline.
				accepted++;
				before = tables.counts();
				files = tables.blobFiles();
				xmax = tables.xmax();
				continue;
			}
			String now = tables.xmax();
			if (!now.equals(xmax)) {
				// A transaction took an id since the last look: for a refused request it must have rolled back.
				Map<String, Long> after = tables.counts();
				if (!after.equals(before) && failures.size() < 1000) {
					failures.add("#" + i + " refused request changed rows: " + diff(before, after) + "\n    "
							+ request.describe() + "\n    -> " + response.status() + " " + abbreviate(response.body(), 300));
				}
				before = after;
				xmax = now;
			}
			long filesNow = tables.blobFiles();
			if (filesNow != files && response.status() >= 400) {
				failures.add("#" + i + " refused request left " + (filesNow - files) + " file(s) in the blob store\n    "
						+ request.describe());
			}
			files = filesNow;
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		System.out.printf("API fuzz: %d requests in %.1f s over %d operations (seed %d); statuses %s; %d writes accepted%n",
				count, seconds, operations.size(), seed, statuses, accepted);
		byOperation.forEach((op, n) -> System.out.printf("  %5d  %s%n", n, op));
		System.out.printf("API fuzz: %.1f s waiting for answers; %d answers over 200 ms%n", sending / 1e9, slowest.size());
		slowest.stream().sorted(Map.Entry.<Long, String>comparingByKey().reversed()).limit(15)
				.forEach(s -> System.out.println("  slow " + s.getKey() + " ms " + s.getValue()));
		failures.stream().limit(40).forEach(f -> System.out.println("FUZZ FAILURE " + f));
		assertThat(failures).as("failures with seed " + seed + " (first 40 printed above)").isEmpty();
	}

	/** What is wrong with an answer, or null. */
	private String check(FuzzRequest request, FuzzResponse response) {
		int status = response.status();
		if (status >= 500) {
			return "server error " + status;
		}
		// Only the API promises problems; a mangled path outside it (/API/…) is a page request.
		boolean api = request.target().startsWith("/api/");
		if (status >= 400 && api && !"HEAD".equals(request.method())) {
			if (response.contentType() == null || !response.contentType().startsWith("application/problem+json")) {
				return status + " is not a problem (content type " + response.contentType() + ")";
			}
			try {
				JsonNode body = json.readTree(response.body());
				if (!body.path("code").isString() || body.path("code").asString().isBlank()) {
					return status + " problem without a code";
				}
				if (body.path("status").asInt() != status) {
					return status + " problem with status " + body.path("status");
				}
			}
			catch (RuntimeException e) {
				return status + " problem that is not JSON";
			}
		}
		return null;
	}

	static String diff(Map<String, Long> before, Map<String, Long> after) {
		StringBuilder out = new StringBuilder();
		after.forEach((table, n) -> {
			Long was = before.get(table);
			if (!n.equals(was)) {
				out.append(table).append(' ').append(was).append("→").append(n).append("; ");
			}
		});
		return out.toString();
	}

	static String abbreviate(byte[] body, int max) {
		String s = new String(body, StandardCharsets.UTF_8).replaceAll("\\s+", " ");
		return s.length() <= max ? s : s.substring(0, max) + "…";
	}

	/** Row counts of every table of the public schema, and the next transaction id. */
	record Tables(JdbcClient jdbc, Path blobs) {

		/**
		 * Tables whose rows legitimately change beside any request: the event outbox, the audit trail, the
		 * deadline-warning job's alerts and notices, and the progress of a cut-over that an accepted
		 * administrator request may have started in the background.
		 */
		static boolean watched(String table) {
			return !table.startsWith("event_publication") && !table.startsWith("audit")
					&& !table.equals("reorg_progress") && !table.equals("reorg_count")
					&& !table.startsWith("notice") && !table.equals("dossier_alert")
					&& !table.equals("flyway_schema_history");
		}

		Map<String, Long> counts() {
			List<String> names = jdbc.sql("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")
					.query(String.class).list().stream().filter(Tables::watched).toList();
			String sql = String.join(" UNION ALL ", names.stream()
					.map(t -> "SELECT '" + t + "' AS t, count(*) AS n FROM public.\"" + t + "\"").toList());
			Map<String, Long> counts = new LinkedHashMap<>();
			jdbc.sql(sql).query((rs, i) -> counts.put(rs.getString(1), rs.getLong(2))).list();
			return counts;
		}

		String xmax() {
			return jdbc.sql("SELECT pg_snapshot_xmax(pg_current_snapshot())::text").query(String.class).single();
		}

		long blobFiles() throws IOException {
			if (!Files.isDirectory(blobs)) {
				return 0;
			}
			try (Stream<Path> walk = Files.walk(blobs)) {
				return walk.filter(Files::isRegularFile).count();
			}
		}
	}

}
