package org.thongsuot.dossiers.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.thongsuot.dossiers.DossierFixture.PASSWORD;
import static org.thongsuot.dossiers.DossierFixture.PDF;
import static org.thongsuot.dossiers.DossierFixture.PROCEDURE;
import static org.thongsuot.dossiers.DossierFixture.receipt;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.thongsuot.IntegrationTest;
import org.thongsuot.dossiers.DossierFixture;
import org.thongsuot.dossiers.DossierFixtures;
import org.thongsuot.identity.Officials;
import tools.jackson.databind.json.JsonMapper;

/** A citizen logs in and sees their own dossiers, and only theirs. */
@IntegrationTest
class CitizenDossiersTests {

	static final String OTHER = "citizen-mine-2";
	static final String OTHER_ID = "068185004444";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	Officials officials;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Autowired
	DossierFixtures fixtures;

	DossierFixture fixture;

	@BeforeEach
	void setUp() {
		fixture = fixtures.get();
		officials.createCitizen(OTHER, PASSWORD, "Hoàng Văn Em", OTHER_ID);
	}

	String submitOnline(String citizen, String idNumber) {
		return DossierFixture.postJson(mvc, json, citizen, "/api/dossiers",
				receipt(PROCEDURE, fixture.communeA, null, idNumber, "to-khai.pdf", PDF), 201).get("dossier")
				.get("code").asString();
	}

	@Test
	void aCitizenSeesTheDossiersTheySubmittedAndNoOneElses() {
		String mine = submitOnline("citizen-1", DossierFixture.CITIZEN_ID);
		String theirs = submitOnline(OTHER, OTHER_ID);
		String counter = fixture.receiveAtCommuneA(mvc, json, "recv-a", "COUNTER", DossierFixture.CITIZEN_ID)
				.get("dossier").get("code").asString();

		var page = assertThat(mvc.get().uri("/my-dossiers").with(org.thongsuot.dossiers.PageLogins.citizen1())).hasStatusOk()
				.bodyText();
		page.contains("Hồ sơ của tôi", "data-code=\"" + mine + "\"", "Mới đăng ký")
				.doesNotContain(theirs).doesNotContain(counter);
		assertThat(mvc.get().uri("/api/my-dossiers").with(httpBasic("citizen-1", PASSWORD))).hasStatusOk()
				.bodyJson().extractingPath("$[*].code").asArray().contains(mine).doesNotContain(theirs, counter);
		assertThat(mvc.get().uri("/api/my-dossiers").with(httpBasic(OTHER, PASSWORD))).hasStatusOk()
				.bodyJson().extractingPath("$[*].code").asArray().contains(theirs).doesNotContain(mine, counter);
	}

	@Test
	void aCitizenOpensTheirDossierWithItsFormsButAnotherCitizensIsNotFound() {
		String mine = submitOnline("citizen-1", DossierFixture.CITIZEN_ID);
		String theirs = submitOnline(OTHER, OTHER_ID);

		assertThat(mvc.get().uri("/my-dossiers/" + mine).with(org.thongsuot.dossiers.PageLogins.citizen1())).hasStatusOk()
				.bodyText().contains(mine, "Mẫu 01", "/api/dossiers/" + mine + "/forms/01.pdf", "Hồ sơ của tôi")
				.doesNotContain("tracking-form");
		assertThat(mvc.get().uri("/my-dossiers/" + theirs).with(org.thongsuot.dossiers.PageLogins.citizen1())).hasStatus(404);
	}

	@Test
	void theListIsForCitizensOnly() {
		assertThat(mvc.get().uri("/api/my-dossiers").with(httpBasic("recv-a", PASSWORD))).hasStatus(403);
		assertThat(mvc.get().uri("/my-dossiers").with(org.thongsuot.dossiers.PageLogins.official("recv-a", org.thongsuot.identity.Role.RECEIVER, fixture.communeA))).hasStatus(403);
		assertThat(mvc.get().uri("/api/my-dossiers")).hasStatus(401);
		assertThat(mvc.get().uri("/my-dossiers")).hasStatus3xxRedirection();
	}

	@Test
	void aCitizenWithdrawsTheirDossierFromItsPageWithAReasonButNotSomeoneElses() {
		String mine = submitOnline("citizen-1", DossierFixture.CITIZEN_ID);
		String theirs = submitOnline(OTHER, OTHER_ID);
		assertThat(mvc.get().uri("/my-dossiers/" + mine).with(org.thongsuot.dossiers.PageLogins.citizen1())).hasStatusOk()
				.bodyText().contains("id=\"withdraw\"");

		assertThat(mvc.post().uri("/my-dossiers/" + mine + "/withdraw").param("version", "0").param("note", " ")
				.with(org.thongsuot.dossiers.PageLogins.citizen1()).with(csrf())).hasStatus3xxRedirection().flash()
				.containsKey("error");
		assertThat(status(mine)).isEqualTo("SUBMITTED");
		assertThat(mvc.post().uri("/my-dossiers/" + theirs + "/withdraw").param("version", "0")
				.param("note", "Không cần nữa").with(org.thongsuot.dossiers.PageLogins.citizen1()).with(csrf())).hasStatus(404);
		assertThat(status(theirs)).isEqualTo("SUBMITTED");
		assertThat(mvc.post().uri("/my-dossiers/" + mine + "/withdraw").param("version", "0")
				.param("note", "Tôi nộp nhầm thủ tục").with(org.thongsuot.dossiers.PageLogins.citizen1()).with(csrf()))
				.hasStatus3xxRedirection();

		assertThat(status(mine)).isEqualTo("WITHDRAWN");
		assertThat(mvc.get().uri("/my-dossiers/" + mine).with(org.thongsuot.dossiers.PageLogins.citizen1())).hasStatusOk()
				.bodyText().doesNotContain("id=\"withdraw\"").contains("/forms/05.pdf");
	}

	String status(String code) {
		return jdbc.sql("SELECT status FROM dossier WHERE code = :c").param("c", code).query(String.class).single();
	}
}
