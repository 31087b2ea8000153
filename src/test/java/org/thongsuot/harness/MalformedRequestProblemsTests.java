package org.thongsuot.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.thongsuot.IntegrationTest;
import org.thongsuot.harness.FuzzRequest.FuzzResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Requests the fuzz test found answered with a server error or with something other than a problem,
 * one each, over real HTTP: each now gets a 4xx RFC 9457 problem with a code.
 */
@IntegrationTest
class MalformedRequestProblemsTests {

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	FuzzResponse send(String method, String target, String contentType, String accept, String body) throws Exception {
		return send(method, target, contentType, accept, body, null);
	}

	FuzzResponse send(String method, String target, String contentType, String accept, String body, String user)
			throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + target))
				.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		if (accept != null) {
			request.header("Accept", accept);
		}
		if (user != null) {
			request.header("Authorization", RequestGenerator.basic(user));
		}
		HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		return new FuzzResponse(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
				response.body());
	}

	FuzzResponse raw(String target) throws Exception {
		return new FuzzRequest("raw", "GET", target, List.of(), null, true).send(client, "http://localhost:" + port);
	}

	String problemCode(FuzzResponse response, int status) {
		assertThat(response.status()).isEqualTo(status);
		assertThat(response.contentType()).startsWith("application/problem+json");
		JsonNode body = json.readTree(response.body());
		assertThat(body.path("status").asInt()).isEqualTo(status);
		return body.path("code").asString();
	}

	@Test
	void aMultipartBodyWithoutItsBoundaryIsABadRequestNotAServerError() throws Exception {
		String body = "--other\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nx\r\n--other--\r\n";
		// Found by the fuzz test as 500s on /api/units/68 whatever the method.
		for (String method : List.of("GET", "PUT", "PATCH", "DELETE")) {
			FuzzResponse response = send(method, "/api/units/68?at=2025-07-01", "multipart/form-data; boundary=fuzz",
					null, body);
			assertThat(response.status()).as(method).isLessThan(500);
			if (response.status() >= 400) {
				assertThat(problemCode(response, response.status())).as(method).isNotBlank();
			}
		}
		assertThat(problemCode(send("POST", "/api/agencies/import", "multipart/form-data; boundary=fuzz", null, body),
				401)).isEqualTo("UNAUTHENTICATED");
	}

	@Test
	void aQueryParameterWithoutANameIsABadRequestNotAServerError() throws Exception {
		assertThat(problemCode(send("GET", "/api/units?=1899-12-31&level=PROVINCE", null, null, null), 400))
				.isEqualTo("INVALID_REQUEST_BODY");
	}

	@Test
	void traceIsRefusedWithAProblem() throws Exception {
		assertThat(problemCode(send("TRACE", "/api/centres", null, null, null), 405)).isEqualTo("METHOD_NOT_ALLOWED");
	}

	@Test
	void aPathTheFirewallRefusesIsABadRequestProblem() throws Exception {
		for (String path : List.of("/api/units/..;/x", "/api/units/1%3B%20DROP", "/api//units", "/api/dossiers/%252e")) {
			assertThat(problemCode(send("GET", path, null, null, null), 400)).as(path).isEqualTo("INVALID_PARAMETER");
		}
	}

	@Test
	void anEncodedSlashOrAnOverlongTargetRefusedByTomcatIsAProblem() throws Exception {
		assertThat(problemCode(send("GET", "/api/units/a%2Fb", null, null, null), 400)).isNotBlank();
		assertThat(problemCode(send("GET", "/api/units?q=" + "x".repeat(12_000), null, null, null), 400)).isNotBlank();
		assertThat(problemCode(raw("/api/units?q=a b"), 400)).isNotBlank();
		assertThat(problemCode(raw("/api/units?q=<\"|>"), 400)).isNotBlank();
	}

	@Test
	void anErrorIsAProblemWhateverTheAcceptHeaderAsks() throws Exception {
		for (Map.Entry<String, Integer> accept : Map.of("garbage", 400, ";q=x", 400, "image/png", 406, "text/csv", 406)
				.entrySet()) {
			FuzzResponse response = send("GET", "/api/units/NOPE-NOPE", null, accept.getKey(), null);
			assertThat(response.status()).as(accept.getKey()).isBetween(400, 499);
			assertThat(response.contentType()).as(accept.getKey()).startsWith("application/problem+json");
			assertThat(new String(response.body(), StandardCharsets.UTF_8)).contains("\"code\"");
		}
	}

	@Test
	void traceWithABrokenMultipartTypeIsStillAProblem() throws Exception {
		FuzzResponse response = send("TRACE", "/api/agencies/73", "multipart/form-data; boundary=", null, null);
		assertThat(response.status()).isBetween(400, 499);
		assertThat(response.contentType()).startsWith("application/problem+json");
	}

	@Test
	void aWildcardContentTypeIsUnsupportedNotAServerError() throws Exception {
		FuzzResponse response = send("POST", "/api/dossiers/X1-251123-0001/actions/forward", "*/*", null, "{}",
				"recv-a:" + org.thongsuot.dossiers.DossierFixture.PASSWORD);
		assertThat(response.status()).isBetween(400, 499);
		assertThat(response.contentType()).startsWith("application/problem+json");
	}

	@Test
	void aHeaderValueTheFirewallRefusesIsABadRequest() throws Exception {
		FuzzResponse response = new FuzzRequest("raw", "POST", "/api/dossiers",
				List.of(FuzzRequest.header("Content-Type", "application/json"), FuzzRequest.header("Idempotency-Key", "ключ"),
						FuzzRequest.header("Authorization", RequestGenerator.basic("admin:admin-test-password"))),
				"{}".getBytes(StandardCharsets.UTF_8), true).send(client, "http://localhost:" + port);
		assertThat(response.status()).isBetween(400, 499);
		assertThat(response.contentType()).startsWith("application/problem+json");
	}

	@Test
	void aFormBodyWithBadPercentEncodingIsABadRequest() throws Exception {
		FuzzResponse response = send("PUT", "/api/calendar/deadline?start=x", "application/x-www-form-urlencoded", null,
				"\"%zz\"");
		assertThat(response.status()).isBetween(400, 499);
		assertThat(response.contentType()).startsWith("application/problem+json");
	}
}
