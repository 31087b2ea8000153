package org.thongsuot.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.thongsuot.IntegrationTest;

/**
 * The browser-facing protections, over real HTTP: headers on pages, the session cookie's attributes, a
 * new session at login, CSRF on page POSTs, logout ending the session, and a session time-out.
 */
@IntegrationTest
class SecurityHeadersTests {

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@Autowired
	MockMvcTester mvc;

	final CookieManager cookies = new CookieManager();
	final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
			.followRedirects(HttpClient.Redirect.NEVER).build();

	HttpResponse<String> get(String path) throws Exception {
		return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> postForm(String path, String form) throws Exception {
		return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
	}

	static String csrf(String html) {
		Matcher m = Pattern.compile("name=\"_csrf\"[^>]*content=\"([^\"]+)\"").matcher(html);
		if (m.find()) {
			return m.group(1);
		}
		Matcher input = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(html);
		assertThat(input.find()).as("a CSRF token in the page").isTrue();
		return input.group(1);
	}

	String session() {
		return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
				.map(HttpCookie::getValue).findFirst().orElse(null);
	}

	@Test
	void pagesCarryAContentSecurityPolicyAndTheOtherProtectiveHeaders() throws Exception {
		HttpResponse<String> home = get("/");
		assertThat(home.statusCode()).isEqualTo(200);
		var headers = home.headers();
		assertThat(headers.firstValue("Content-Security-Policy").orElseThrow()).contains("default-src 'self'")
				.contains("script-src 'self'").contains("frame-ancestors 'none'").contains("object-src 'none'")
				.doesNotContain("unsafe-inline");
		assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
		assertThat(headers.firstValue("Referrer-Policy")).hasValue("same-origin");
		// HSTS is sent only over HTTPS (Spring Security writes it for secure requests): see docs/security.md.
		assertThat(headers.firstValue("Strict-Transport-Security")).isEmpty();
		assertThat(get("/api/units/68").headers().firstValue("Content-Security-Policy")).hasValue("default-src 'none'");
	}

	@Test
	void overHttpsBrowsersAreToldToUseHttpsOnlyForAYear() {
		// A request the server sees as secure (TLS here, or behind a proxy with forwarded headers
		// configured, see docs/security.md); MockMvc marks it so without a certificate.
		var page = mvc.get().uri("https://localhost/").secure(true).exchange();
		assertThat(page).hasStatusOk();
		assertThat(page.getResponse().getHeader("Strict-Transport-Security")).contains("max-age=31536000")
				.contains("includeSubDomains");
		var api = mvc.get().uri("https://localhost/api/units/68").secure(true).exchange();
		assertThat(api.getResponse().getHeader("Strict-Transport-Security")).contains("max-age=31536000");
	}

	@Test
	void theSessionCookieIsHttpOnlyAndSameSiteAndLoginIssuesANewSession() throws Exception {
		HttpResponse<String> login = get("/login");
		String setCookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
				.findFirst().orElseThrow();
		assertThat(setCookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
		String before = session();

		HttpResponse<String> loggedIn = postForm("/login", "username=admin&password=admin-test-password&_csrf="
				+ URLEncoder.encode(csrf(login.body()), StandardCharsets.UTF_8));
		assertThat(loggedIn.statusCode()).isEqualTo(302);
		assertThat(loggedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
		assertThat(session()).as("session fixation: a new session id at login").isNotEqualTo(before);

		HttpResponse<String> queue = get("/dossiers");
		assertThat(queue.statusCode()).isEqualTo(200);
		assertThat(queue.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");

		// A page POST without the token is refused; with it, logout ends the session.
		assertThat(postForm("/logout", "").statusCode()).isEqualTo(403);
		assertThat(get("/dossiers").statusCode()).isEqualTo(200);
		String token = csrf(queue.body());
		assertThat(postForm("/logout", "_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8)).statusCode())
				.isEqualTo(302);
		HttpResponse<String> after = get("/dossiers");
		assertThat(after.statusCode()).isEqualTo(302);
		assertThat(after.headers().firstValue("Location").orElseThrow()).contains("/login");
	}

	@Test
	void aLoginWithoutTheCsrfTokenIsRefused() throws Exception {
		get("/login");
		HttpResponse<String> refused = postForm("/login", "username=admin&password=admin-test-password");
		assertThat(refused.statusCode()).isEqualTo(403);
	}

	@Test
	void sessionsTimeOut() {
		Duration timeout = environment.getProperty("server.servlet.session.timeout", Duration.class);
		assertThat(timeout).isNotNull().isPositive().isLessThanOrEqualTo(Duration.ofHours(1));
	}
}
