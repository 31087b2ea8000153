package org.thongsuot.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.thongsuot.IntegrationTest;
import org.thongsuot.audit.AuditTrail;
import org.thongsuot.dossiers.DossierFixture;
import org.thongsuot.identity.Officials;
import org.thongsuot.procedures.Procedures;
import org.thongsuot.units.Agencies;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A province's administrator manages officials' accounts and roles over the API and the pages. */
@IntegrationTest
class AccountAdministrationTests {

	static final AtomicInteger SEQUENCE = new AtomicInteger();

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditTrail audit;

	@Autowired
	Procedures procedures;

	@Autowired
	Agencies agencies;

	@Autowired
	Officials officials;

	DossierFixture fixture;

	@BeforeEach
	void setUp() {
		fixture = DossierFixture.get(procedures, agencies, officials);
	}

	static String newName() {
		return "official-" + System.nanoTime() % 100_000 + "-" + SEQUENCE.incrementAndGet();
	}

	MvcTestResult asAdmin(String method, String uri, Object body) {
		var request = switch (method) {
			case "POST" -> mvc.post().uri(uri);
			case "PUT" -> mvc.put().uri(uri);
			default -> mvc.get().uri(uri);
		};
		if (body != null) {
			request = request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
		}
		return request.with(httpBasic("admin", "admin-test-password")).exchange();
	}

	JsonNode body(MvcTestResult result) {
		return json.readTree(result.getResponse().getContentAsByteArray());
	}

	long accounts() {
		return jdbc.sql("SELECT count(*) FROM identity_account").query(Long.class).single();
	}

	@Test
	void anAdministratorCreatesAnOfficialWhoLogsInWithTheOneTimePassword() {
		String username = newName();

		var created = asAdmin("POST", "/api/accounts", Map.of("username", username, "displayName", "Lê Thị Cúc",
				"grants", List.of(Map.of("role", "receiver", "agencyId", fixture.communeA))));

		assertThat(created).hasStatus(201);
		String password = body(created).get("password").asString();
		assertThat(password).hasSize(16);
		assertThat(body(created).at("/account/grants/0/role").asString()).isEqualTo("RECEIVER");
		assertThat(mvc.get().uri("/api/dossiers").with(httpBasic(username, password))).hasStatusOk();
	}

	@Test
	void aGrantForAnAgencyNotInTheRegistryIsRefusedAndNoAccountIsCreated() {
		long before = accounts();

		var answer = asAdmin("POST", "/api/accounts", Map.of("username", newName(), "displayName", "Phạm Văn Dũng",
				"grants", List.of(Map.of("role", "SPECIALIST", "agencyId", 999_999_999L))));

		assertThat(answer).hasStatus(400);
		assertThat(body(answer).get("parameter").asString()).isEqualTo("grants[0].agencyId");
		assertThat(accounts()).isEqualTo(before);
	}

	@Test
	void aTakenUsernameIsRefused() {
		var answer = asAdmin("POST", "/api/accounts", Map.of("username", "recv-a", "displayName", "Trùng tên",
				"grants", List.of()));

		assertThat(answer).hasStatus(409);
		assertThat(body(answer).get("code").asString()).isEqualTo("ACCOUNT_EXISTS");
	}

	@Test
	void aRoleThatDoesNotExistIsRefusedNamingTheElement() {
		var answer = asAdmin("POST", "/api/accounts", Map.of("username", newName(), "displayName", "Ai đó",
				"grants", List.of(Map.of("role", "MAYOR", "agencyId", fixture.communeA))));

		assertThat(answer).hasStatus(400);
		assertThat(body(answer).get("parameter").asString()).isEqualTo("grants[0].role");
	}

	@Test
	void aDisabledAccountCanNoLongerLogIn() {
		String username = newName();
		String password = body(asAdmin("POST", "/api/accounts", Map.of("username", username, "displayName", "Võ Văn Em",
				"grants", List.of(Map.of("role", "LEADER", "agencyId", fixture.communeB))))).get("password").asString();

		assertThat(asAdmin("POST", "/api/accounts/" + username + "/disable", null)).hasStatusOk();

		assertThat(mvc.get().uri("/api/dossiers").with(httpBasic(username, password))).hasStatus(401);
	}

	@Test
	void movingAnOfficialToAnotherAgencyIsAuditedWithWhatTheGrantsWereAndTheReason() {
		String username = newName();
		asAdmin("POST", "/api/accounts", Map.of("username", username, "displayName", "Đỗ Thị Giang",
				"grants", List.of(Map.of("role", "SPECIALIST", "agencyId", fixture.communeA))));

		var moved = asAdmin("PUT", "/api/accounts/" + username + "/grants", Map.of("reason", "Điều động",
				"grants", List.of(Map.of("role", "SPECIALIST", "agencyId", fixture.communeB))));

		assertThat(moved).hasStatusOk();
		assertThat(body(moved).at("/grants/0/agencyId").asLong()).isEqualTo(fixture.communeB);
		assertThat(audit.about("account", username, 10)).extracting(e -> e.action())
			.containsExactly("AccountCreated", "GrantsChanged");
		assertThat(audit.about("account", username, 10).get(1).detail()).contains("Điều động")
			.contains(String.valueOf(fixture.communeA));
	}

	@Test
	void anOfficialWhoIsNotAProvinceAdministratorCannotManageAccounts() {
		assertThat(mvc.get().uri("/api/accounts").with(httpBasic("recv-a", DossierFixture.PASSWORD))).hasStatus(403);
	}

	@Test
	void anAdministratorCannotDisableTheirOwnAccount() {
		var answer = asAdmin("POST", "/api/accounts/admin/disable", null);

		assertThat(answer).hasStatus(409);
		assertThat(body(answer).get("code").asString()).isEqualTo("ACCOUNT_CHANGE_REFUSED");
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void theAccountsPageCreatesAnOfficialAndShowsThePasswordOnce() {
		String username = newName();

		var page = mvc.post().uri("/admin/accounts").with(csrf())
			.param("username", username).param("displayName", "Ngô Văn Hải")
			.param("role", "RECEIVER").param("agency", String.valueOf(fixture.communeA))
			.exchange();

		assertThat(page).hasStatusOk();
		assertThat(page).bodyText().contains("Mật khẩu dùng một lần").contains("Ngô Văn Hải");
		assertThat(officials.grants(username)).hasSize(1);
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void aRefusedChangeOnThePageSaysWhyAndChangesNothing() {
		long before = accounts();

		var page = mvc.post().uri("/admin/accounts").with(csrf())
			.param("username", "Không Hợp Lệ").param("displayName", "Ai đó").param("role", "RECEIVER")
			.param("agency", String.valueOf(fixture.communeA))
			.exchange();

		assertThat(page).hasStatusOk();
		assertThat(page).bodyText().contains("không hợp lệ");
		assertThat(accounts()).isEqualTo(before);
	}
}
