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
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Dossier submissions to a {@link PackagedApplication} with its demo setup, over HTTP as a client sends them:
 * the demo citizen online, or a demo commune's receiver at the counter; multipart with two small unique
 * PDFs and an {@code Idempotency-Key}.
 */
final class DemoSubmissions {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * The agencies and days (one row each, "agency day") whose dossier numbers are not exactly 1..n with the
	 * day's counter at n: none, when codes are gap-free and every number taken belongs to a stored dossier.
	 */
	static final String BROKEN_NUMBERING = """
			SELECT d.agency_id || ' ' || c.day FROM dossier d JOIN dossier_counter c
			  ON c.agency_id = d.agency_id AND c.day = to_date(split_part(d.code, '-', 2), 'YYMMDD')
			GROUP BY d.agency_id, c.day, c.last
			HAVING count(*) <> max(right(d.code, 4)::int) OR min(right(d.code, 4)::int) <> 1
			    OR c.last <> max(right(d.code, 4)::int)""";

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(2)).build();

	/** Who submits, to which agencies (one picked per submission), by which channel. */
	record Account(String authorization, List<Long> agencies, String channel) {
	}

	/** A submission that was answered 201 (received) or 200 (the same dossier again, for a retried key). */
	record Acknowledged(String key, String code, String secret, int status) {
	}

	/**
	 * The demo citizen (online, to the People's Committees of the new Lâm Đồng's first three communes) and the
	 * receivers of those three communes (each at its counter), alternately; waits for the demo setup.
	 */
	List<Account> accounts(PackagedApplication application) throws IOException, InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
		while (!Files.exists(application.demoLogins())
				|| !Files.readString(application.demoLogins()).contains("demo.xa3.tiepnhan\t")) {
			assertThat(System.nanoTime()).as("the demo setup wrote its logins").isLessThan(deadline);
			Thread.sleep(200);
		}
		Map<String, String> passwords = Files.readAllLines(application.demoLogins()).stream()
				.filter(line -> line.contains("\t")).map(line -> line.split("\t"))
				.collect(Collectors.toMap(f -> f[0], f -> f[1], (a, b) -> a));
		List<Long> committees = new ArrayList<>();
		for (JsonNode commune : get(application.baseUrl() + "/api/units/68/children")) {
			for (JsonNode agency : get(application.baseUrl() + "/api/agencies?unit=" + commune.get("code").asString())) {
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

	/** A new submission (its own key, applicant and files), ready to send and, in doubt, to send again as it is. */
	HttpRequest submission(String baseUrl, Account account, String key, Random random) {
		String boundary = "----demo" + UUID.randomUUID().toString().replace("-", "");
		return HttpRequest.newBuilder(URI.create(baseUrl + "/api/dossiers")).timeout(Duration.ofSeconds(30))
				.header("Authorization", account.authorization()).header("Idempotency-Key", key)
				.header("Accept", "application/json").header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofByteArray(body(boundary, key, account, random))).build();
	}

	/** Sends a submission; the acknowledgement, or null for any other answer (then {@code answer} says which). */
	Acknowledged send(HttpRequest submission, String key, StringBuilder answer) throws IOException, InterruptedException {
		HttpResponse<String> response = http.send(submission, HttpResponse.BodyHandlers.ofString());
		answer.setLength(0);
		answer.append(response.statusCode()).append(' ').append(response.body());
		if (response.statusCode() != 200 && response.statusCode() != 201) {
			return null;
		}
		JsonNode receipt = JSON.readTree(response.body());
		return new Acknowledged(key, receipt.get("dossier").get("code").asString(), receipt.get("secret").asString(),
				response.statusCode());
	}

	/** The HTTP status of the public look-up of a dossier by its code and its receipt's secret. */
	int lookUp(String baseUrl, Acknowledged receipt) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/dossiers/" + receipt.code() + "?secret="
				+ URLEncoder.encode(receipt.secret(), StandardCharsets.UTF_8))).header("Accept", "application/json").build(),
				HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	private JsonNode get(String url) throws IOException, InterruptedException {
		return JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/json").build(),
				HttpResponse.BodyHandlers.ofString()).body());
	}

	/** The dossier as JSON (the key in the applicant's name) and two small unique PDFs, each with its component. */
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
}
