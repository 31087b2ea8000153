package org.thongsuot.dossiers.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.thongsuot.dossiers.DossierFixture.PASSWORD;
import static org.thongsuot.dossiers.DossierFixture.PDF;
import static org.thongsuot.dossiers.DossierFixture.PROCEDURE;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.thongsuot.IntegrationTest;
import org.thongsuot.dossiers.DossierFixture;
import org.thongsuot.dossiers.DossierFixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * No HTML from a user is ever rendered: markup typed into an applicant's name, a file name or an
 * official's note comes back on every page that shows it as text (escaped), never as markup; and no
 * template has a way to print unescaped text.
 */
@IntegrationTest
class UserTextIsNeverRenderedTests {

	static final String NAME = "<script>alert('ten')</script>Bình";
	static final String FILE = "<b onmouseover=alert(1)>to-khai</b>.pdf";
	static final String NOTE = "<img src=x onerror=alert('ghi-chu')>Thiếu tờ khai";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	DossierFixtures fixtures;

	DossierFixture fixture;

	@BeforeEach
	void setUp() {
		fixture = fixtures.get();
	}

	/** The page as HTML, with none of the markup users typed. */
	static String withoutMarkup(MvcTestResult page) throws java.io.UnsupportedEncodingException {
		assertThat(page).hasStatusOk();
		String html = page.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(html).as(page.getRequest().getRequestURI()).doesNotContain("<script>alert", "<img src=x",
				"<b onmouseover");
		return html;
	}

	@Test
	void markupInAnApplicantsNameAFileNameAndANoteIsShownAsText() throws Exception {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("procedureCode", PROCEDURE);
		body.put("agencyId", fixture.communeA);
		body.put("applicant", Map.of("name", NAME, "idNumber", DossierFixture.CITIZEN_ID, "phone", "0912345678"));
		body.put("files", List.of(Map.of("component", DossierFixture.COMPONENT, "fileName", FILE, "contentBase64",
				Base64.getEncoder().encodeToString(PDF))));
		JsonNode receipt = DossierFixture.postJson(mvc, json, "citizen-1", "/api/dossiers", body, 201);
		String code = receipt.get("dossier").get("code").asString();
		String secret = receipt.get("secret").asString();
		DossierFixture.postJson(mvc, json, "recv-a", "/api/dossiers/" + code + "/actions/accept",
				DossierFixture.actionBody(0, null), 200);
		DossierFixture.postJson(mvc, json, "recv-a", "/api/dossiers/" + code + "/actions/request-supplement",
				DossierFixture.actionBody(1, NOTE), 200);

		assertThat(withoutMarkup(mvc.get().uri("/dossiers?code=" + code).with(org.thongsuot.dossiers.PageLogins.official("recv-a", org.thongsuot.identity.Role.RECEIVER, fixture.communeA)).exchange()))
				.contains("&lt;script&gt;alert(&#39;ten&#39;)&lt;/script&gt;Bình");
		assertThat(withoutMarkup(mvc.get().uri("/dossiers/" + code).with(org.thongsuot.dossiers.PageLogins.official("recv-a", org.thongsuot.identity.Role.RECEIVER, fixture.communeA)).exchange()))
				.contains("&lt;script&gt;", "&lt;b onmouseover=alert(1)&gt;to-khai&lt;/b&gt;.pdf",
						"&lt;img src=x onerror=alert(&#39;ghi-chu&#39;)&gt;Thiếu tờ khai");
		assertThat(withoutMarkup(mvc.get().uri("/notices").with(org.thongsuot.dossiers.PageLogins.citizen1()).exchange()))
				.contains("&lt;img src=x onerror=alert(&#39;ghi-chu&#39;)&gt;Thiếu tờ khai");
		withoutMarkup(mvc.get().uri("/my-dossiers").with(org.thongsuot.dossiers.PageLogins.citizen1()).exchange());
		withoutMarkup(mvc.get().uri("/my-dossiers/" + code).with(org.thongsuot.dossiers.PageLogins.citizen1()).exchange());
		withoutMarkup(mvc.post().uri("/tracking").contentType(MediaType.APPLICATION_FORM_URLENCODED).param("code", code)
				.param("secret", secret).with(csrf()).exchange());
	}

	@Test
	void noTemplatePrintsUnescapedText() throws IOException {
		try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
			templates.filter(p -> p.toString().endsWith(".html")).forEach(p -> {
				String text;
				try {
					text = Files.readString(p);
				}
				catch (IOException e) {
					throw new java.io.UncheckedIOException(e);
				}
				assertThat(text).as(p.toString()).doesNotContain("th:utext", "[(${", "[(#{", "data-th-utext");
			});
		}
	}
}
