package org.thongsuot.dossiers.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.thongsuot.dossiers.DossierFixture.PASSWORD;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.thongsuot.IntegrationTest;
import org.thongsuot.dossiers.DossierFixture;
import org.thongsuot.dossiers.DossierFixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a dossier keeps: its code never changes and its history is append-only (the database refuses
 * otherwise); how late it was, in working days, hours and minutes; the queue finds it by procedure.
 */
@IntegrationTest
class DossierRecordsTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DossierFixtures fixtures;

	DossierFixture fixture;

	@BeforeEach
	void setUp() {
		fixture = fixtures.get();
	}

	String received() {
		return fixture.receiveAtCommuneA(mvc, json, "recv-a", "COUNTER", "068190001234").get("dossier").get("code")
				.asString();
	}

	JsonNode act(String user, String code, String action, int version) {
		return DossierFixture.postJson(mvc, json, user, "/api/dossiers/" + code + "/actions/" + action,
				DossierFixture.actionBody(version, null), 200);
	}

	@Test
	void theDatabaseRefusesToChangeACodeOrRewriteTheHistory() {
		String code = received();
		act("recv-a", code, "forward", 0);

		assertThatThrownBy(() -> jdbc.sql("UPDATE dossier SET code = :n WHERE code = :c").param("n", code + "-2")
				.param("c", code).update()).isInstanceOf(DataAccessException.class).hasMessageContaining("never changes");
		assertThatThrownBy(() -> jdbc.sql("UPDATE dossier_history SET note = 'sửa' WHERE dossier_id ="
				+ " (SELECT id FROM dossier WHERE code = :c)").param("c", code).update())
				.isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("DELETE FROM dossier_history WHERE dossier_id ="
				+ " (SELECT id FROM dossier WHERE code = :c)").param("c", code).update())
				.isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
		assertThat(jdbc.sql("SELECT count(*) FROM dossier_history h JOIN dossier d ON d.id = h.dossier_id"
				+ " WHERE d.code = :c").param("c", code).query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void aLateDossierShowsByHowManyWorkingDaysHoursAndMinutesItWasLate() {
		String code = received();
		act("recv-a", code, "forward", 0);
		act("spec-a", code, "forward", 1);
		// The appointment passed long ago (as if the dossier had waited at the leader's step).
		jdbc.sql("UPDATE dossier SET due_at = due_at - interval '30 days' WHERE code = :c").param("c", code).update();

		JsonNode done = act("lead-a", code, "approve", 2);

		assertThat(done.get("timeliness").get("status").asString()).isEqualTo("LATE");
		long days = done.get("timeliness").get("workingDays").asLong();
		assertThat(days).isGreaterThanOrEqualTo(15);
		assertThat(mvc.get().uri("/dossiers/" + code).with(org.thongsuot.dossiers.PageLogins.official("recv-a", org.thongsuot.identity.Role.RECEIVER, fixture.communeA))).hasStatusOk().bodyText()
				.containsPattern("Quá hạn " + days + " ngày làm việc \\d+ giờ \\d+ phút");
	}

	@Test
	void theQueueFindsADossierByItsProcedure() {
		String code = received();

		assertThat(mvc.get().uri("/dossiers?procedure=" + DossierFixture.PROCEDURE + "&code=" + code)
				.with(org.thongsuot.dossiers.PageLogins.official("recv-a", org.thongsuot.identity.Role.RECEIVER, fixture.communeA))).hasStatusOk().bodyText().contains("data-code=\"" + code + "\"");
		assertThat(mvc.get().uri("/dossiers?procedure=" + DossierFixture.PROVINCE_PROCEDURE + "&code=" + code)
				.with(org.thongsuot.dossiers.PageLogins.official("recv-a", org.thongsuot.identity.Role.RECEIVER, fixture.communeA))).hasStatusOk().bodyText()
				.doesNotContain("data-code=\"" + code + "\"");
	}
}
