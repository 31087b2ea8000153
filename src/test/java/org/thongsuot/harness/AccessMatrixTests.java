package org.thongsuot.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.thongsuot.dossiers.DossierFixture.CITIZEN_ID;
import static org.thongsuot.dossiers.DossierFixture.PASSWORD;
import static org.thongsuot.dossiers.DossierFixture.PDF;
import static org.thongsuot.dossiers.DossierFixture.PROCEDURE;
import static org.thongsuot.dossiers.DossierFixture.receipt;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.thongsuot.IntegrationTest;
import org.thongsuot.dossiers.DossierFixture;
import org.thongsuot.identity.Grant;
import org.thongsuot.identity.Officials;
import org.thongsuot.identity.Role;
import org.thongsuot.procedures.Procedures;
import org.thongsuot.units.Agencies;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Nobody acts outside their agency: every role of every kind of agency, a citizen and an anonymous caller,
 * against every dossier action, read and search, and against the other modules' administration endpoints.
 * The tables below are the specification; each cell is one parameterized case.
 *
 * <p>The dossier is always one that citizen {@code owner} submitted online to commune A, so its three
 * steps (receiver, specialist, leader) belong to commune A. Columns: {@code recv/spec/lead/adm} hold the
 * RECEIVER, SPECIALIST, LEADER or ADMIN grant of commune A (the dossier's agency), commune B (another
 * commune) or P (the province's People's Committee); {@code admin} is the province-wide administrator;
 * {@code owner} the citizen who submitted the dossier, {@code citizen} another citizen, {@code anon} nobody.
 *
 * <p>Cells: {@code ok} the call succeeds (2xx) and, for an action, the dossier moves; a number: that HTTP
 * status, and nothing changes (for an action: status, version and history of the dossier; for a receipt:
 * the number of dossiers; for administration: the administration tables). {@code seen}/{@code none}: a
 * search answers 200 with or without the dossier.
 */
@IntegrationTest
// One instance for all cells, so that cells refused an action share one dossier per state (a refusal
// changes nothing, which each cell asserts) and reads share one returned dossier: the matrix stays fast.
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTests {

	static final List<String> COLUMNS = List.of("recv-a", "spec-a", "lead-a", "adm-a", "recv-b", "spec-b", "lead-b",
			"adm-b", "recv-p", "spec-p", "lead-p", "adm-p", "admin", "owner", "citizen", "anon");

	/**
	 * {@code POST /api/dossiers/{code}/actions/{action}}, on a dossier in the state named second (see
	 * {@link #prepare}). 401 for nobody (an account is needed), 404 for whoever has no part in the dossier
	 * (the same answer as for an unknown code), 403 for whoever has a part in it but not the right role.
	 */
	static final String DOSSIER_ACTIONS = """
			#                              | commune A (the dossier's) | commune B           | province P          | province citizens
			# action          state          recv spec lead adm          recv spec lead adm    recv spec lead adm    admin owner citizen anon
			accept            submitted      ok   403  403  403          404  404  404  404    404  404  404  404    403   403   404     401
			decline           submitted      ok   403  403  403          404  404  404  404    404  404  404  404    403   403   404     401
			forward           received       ok   403  403  403          404  404  404  404    404  404  404  404    403   403   404     401
			return            at-specialist  403  ok   403  403          404  404  404  404    404  404  404  404    403   403   404     401
			request-supplement at-specialist 403  ok   403  403          404  404  404  404    404  404  404  404    403   403   404     401
			supply            supplement     ok   403  403  403          404  404  404  404    404  404  404  404    403   ok    404     401
			refuse            at-specialist  403  ok   403  403          404  404  404  404    404  404  404  404    403   403   404     401
			approve           at-leader      403  403  ok   403          404  404  404  404    404  404  404  404    403   403   404     401
			return-result     done           ok   403  403  403          404  404  404  404    404  404  404  404    403   403   404     401
			withdraw          received       ok   403  403  403          404  404  404  404    404  404  404  404    403   ok    404     401
			suspend           at-specialist  403  ok   403  403          404  404  404  404    404  404  404  404    403   403   404     401
			resume            suspended      403  ok   403  403          404  404  404  404    404  404  404  404    403   403   404     401
			request-financial-obligation at-specialist 403 ok 403 403   404  404  404  404    404  404  404  404    403   403   404     401
			fulfil-financial-obligation obligation ok ok 403 403        404  404  404  404    404  404  404  404    403   403   404     401
			apologize         late           ok   ok   403  403          404  404  404  404    404  404  404  404    403   403   404     401
			attach-result     done           ok   403  ok   403          404  404  404  404    404  404  404  404    403   403   404     401
			mark-ready        with-result    ok   403  403  403          404  404  404  404    404  404  404  404    403   403   404     401
			""";

	/**
	 * Reads of a dossier whose result was returned online, the search, the registers, and a receipt at
	 * commune A's counter.
	 */
	static final String DOSSIER_READS = """
			#                              | commune A (the dossier's) | commune B           | province P          | province citizens
			# what                           recv spec lead adm          recv spec lead adm    recv spec lead adm    admin owner citizen anon
			read              GET            ok   ok   ok   ok           404  404  404  404    404  404  404  404    ok    ok    404     404
			receipt-form      GET            ok   ok   ok   ok           404  404  404  404    404  404  404  404    ok    ok    404     404
			result-download   GET            ok   ok   ok   ok           404  404  404  404    404  404  404  404    ok    ok    404     404
			search            GET            seen seen seen seen         none none none none   none none none none   seen  403   403     401
			results-register  GET            ok   ok   ok   ok           403  403  403  403    403  403  403  403    ok    403   403     401
			statistics        GET            ok   ok   ok   ok           403  403  403  403    403  403  403  403    ok    403   403     401
			counter-receipt   POST           ok   403  403  403          403  403  403  403    403  403  403  403    403   400   400     401
			""";

	/**
	 * The other modules' administration: the province-wide administrator only. Writes are sent invalid on
	 * purpose (the administrator gets 400, or 422 where the whole file or plan is checked and every error
	 * listed, and nothing changes), reads are real.
	 */
	static final String ADMINISTRATION = """
			#                              | commune A                 | commune B           | province P          | province citizens
			# endpoint                       recv spec lead adm          recv spec lead adm    recv spec lead adm    admin owner citizen anon
			accounts-list     GET            403  403  403  403          403  403  403  403    403  403  403  403    200   403   403     401
			account-create    POST           403  403  403  403          403  403  403  403    403  403  403  403    400   403   403     401
			grants-replace    PUT            403  403  403  403          403  403  403  403    403  403  403  403    400   403   403     401
			catalogue-import  POST           403  403  403  403          403  403  403  403    403  403  403  403    400   403   403     401
			catalogue-config  PUT            403  403  403  403          403  403  403  403    403  403  403  403    400   403   403     401
			calendar-edit     POST           403  403  403  403          403  403  403  403    403  403  403  403    400   403   403     401
			agencies-import   POST           403  403  403  403          403  403  403  403    403  403  403  403    422   403   403     401
			agencies-register POST           403  403  403  403          403  403  403  403    403  403  403  403    400   403   403     401
			reorg-plans       GET            403  403  403  403          403  403  403  403    403  403  403  403    200   403   403     401
			reorg-plan-create POST           403  403  403  403          403  403  403  403    403  403  403  403    422   403   403     401
			audit-verify      GET            403  403  403  403          403  403  403  403    403  403  403  403    200   403   403     401
			audit-entries     GET            403  403  403  403          403  403  403  403    403  403  403  403    200   403   403     401
			""";

	static final String OTHER_CITIZEN_ID = "068090009876";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Procedures procedures;

	@Autowired
	Agencies agencies;

	@Autowired
	Officials officials;

	DossierFixture fixture;

	/** Dossiers by state, shared by the cells that must change nothing; dropped if one changed anyway. */
	final Map<String, String> unchanging = new HashMap<>();

	/** The dossier whose result was returned online, shared by every read. */
	String returned;

	@BeforeAll
	void setUp() {
		fixture = DossierFixture.get(procedures, agencies, officials);
		// Idempotent: createOfficial/createCitizen answer false for a name that exists.
		officials.createOfficial("mx-adm-a", PASSWORD, "Quản trị xã A", List.of(Grant.of(Role.ADMIN, fixture.communeA)));
		officials.createOfficial("mx-adm-b", PASSWORD, "Quản trị xã B", List.of(Grant.of(Role.ADMIN, fixture.communeB)));
		officials.createOfficial("mx-spec-p", PASSWORD, "Chuyên viên tỉnh", List.of(Grant.of(Role.SPECIALIST, fixture.province)));
		officials.createOfficial("mx-lead-p", PASSWORD, "Lãnh đạo tỉnh", List.of(Grant.of(Role.LEADER, fixture.province)));
		officials.createOfficial("mx-adm-p", PASSWORD, "Quản trị tỉnh (cơ quan)", List.of(Grant.of(Role.ADMIN, fixture.province)));
		officials.createCitizen("mx-citizen", PASSWORD, "Phạm Thị Dung", OTHER_CITIZEN_ID);
	}

	/** The column's account: username and password, or null for nobody. */
	static String[] account(String column) {
		return switch (column) {
			case "adm-a", "adm-b", "spec-p", "lead-p", "adm-p" -> new String[] { "mx-" + column, PASSWORD };
			case "admin" -> new String[] { "admin", "admin-test-password" };
			case "owner" -> new String[] { "citizen-1", PASSWORD };
			case "citizen" -> new String[] { "mx-citizen", PASSWORD };
			case "anon" -> null;
			default -> new String[] { column, PASSWORD };
		};
	}

	record Cell(String row, String detail, String column, String expected) {

		@Override
		public String toString() {
			return row + " by " + column + " → " + expected;
		}
	}

	/** The table's cells, in order; a row must have exactly one cell per column. */
	static Stream<Arguments> cells(String table) {
		List<Arguments> cells = new ArrayList<>();
		for (String line : table.strip().split("\n")) {
			if (line.isBlank() || line.strip().startsWith("#")) {
				continue;
			}
			String[] words = line.strip().split("\\s+");
			List<String> values = Arrays.asList(words).subList(2, words.length);
			if (values.size() != COLUMNS.size()) {
				throw new IllegalStateException("row '" + words[0] + "' has " + values.size() + " cells, not "
						+ COLUMNS.size());
			}
			for (int i = 0; i < COLUMNS.size(); i++) {
				cells.add(Arguments.of(new Cell(words[0], words[1], COLUMNS.get(i), values.get(i))));
			}
		}
		return cells.stream();
	}

	static Stream<Arguments> dossierActions() {
		return cells(DOSSIER_ACTIONS);
	}

	static Stream<Arguments> dossierReads() {
		return cells(DOSSIER_READS);
	}

	static Stream<Arguments> administration() {
		return cells(ADMINISTRATION);
	}

	@Test
	void everyActionThePlatformHasIsARowOfTheTable() {
		List<String> rows = cells(DOSSIER_ACTIONS).map(a -> ((Cell) a.get()[0]).row()).distinct().toList();
		List<String> actions = Arrays.stream(org.thongsuot.dossiers.DossierAction.values())
				.filter(a -> org.thongsuot.dossiers.DossierAction.ofSlug(a.slug()).isPresent())
				.map(org.thongsuot.dossiers.DossierAction::slug).toList();
		assertThat(rows).containsExactlyInAnyOrderElementsOf(actions);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("dossierActions")
	void aDossierActionIsAllowedOrRefusedWithNothingChanged(Cell cell) {
		boolean allowed = cell.expected().equals("ok");
		String code = allowed ? prepare(cell.detail()) : unchanging.computeIfAbsent(cell.detail(), this::prepare);
		Snapshot before = snapshot(code);
		MvcTestResult result = send(cell.column(), mvc.post().uri("/api/dossiers/" + code + "/actions/" + cell.row())
				.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(actionBody(cell.row(), before.version))));
		int status = result.getResponse().getStatus();
		Snapshot after = snapshot(code);
		if (!after.equals(before)) {
			unchanging.values().remove(code);
		}
		if (allowed) {
			assertThat(status).as("%s: %s", cell, text(result)).isBetween(200, 299);
			assertThat(after.version).as(cell.toString()).isEqualTo(before.version + 1);
			assertThat(after.history).as(cell.toString()).isGreaterThan(before.history);
		}
		else {
			assertThat(status).as("%s: %s", cell, text(result))
					.isEqualTo(Integer.parseInt(cell.expected()));
			assertRefusal(cell, result);
			assertThat(after).as(cell.toString()).isEqualTo(before);
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("dossierReads")
	void aDossierIsReadOnlyByThoseWithAPartInIt(Cell cell) {
		if (returned == null) {
			returned = returnedOnline();
		}
		String code = returned;
		long dossiersBefore = jdbc.sql("SELECT count(*) FROM dossier").query(Long.class).single();
		String today = LocalDate.now().toString();
		String from = LocalDate.now().minusDays(7).toString();
		var request = switch (cell.row()) {
			case "read" -> mvc.get().uri("/api/dossiers/" + code);
			case "receipt-form" -> mvc.get().uri("/api/dossiers/" + code + "/forms/01");
			case "result-download" -> mvc.get().uri("/api/dossiers/" + code + "/result");
			case "search" -> mvc.get().uri("/api/dossiers?code=" + code);
			case "results-register" -> mvc.get()
					.uri("/api/dossiers/results?agencyId=" + fixture.communeA + "&from=" + from + "&to=" + today);
			case "statistics" -> mvc.get().uri("/api/dossiers/statistics?agencyId=" + fixture.communeA);
			case "counter-receipt" -> mvc.post().uri("/api/dossiers").contentType(MediaType.APPLICATION_JSON)
					.content(json.writeValueAsString(receipt(PROCEDURE, fixture.communeA, "COUNTER", "068190001234",
							"to-khai.pdf", PDF)));
			default -> throw new IllegalArgumentException(cell.row());
		};
		MvcTestResult result = send(cell.column(), request);
		int status = result.getResponse().getStatus();
		String body = text(result);
		switch (cell.expected()) {
			case "ok" -> assertThat(status).as("%s: %s", cell, body).isBetween(200, 299);
			case "seen" -> {
				assertThat(status).as(cell.toString()).isEqualTo(200);
				assertThat(body).as(cell.toString()).contains(code);
			}
			case "none" -> {
				assertThat(status).as(cell.toString()).isEqualTo(200);
				assertThat(json.readTree(body).size()).as(cell.toString()).isZero();
			}
			default -> {
				assertThat(status).as("%s: %s", cell, body).isEqualTo(Integer.parseInt(cell.expected()));
				assertRefusal(cell, result);
				assertThat(body).as(cell.toString()).doesNotContain("Trần Thị Bình").doesNotContain(CITIZEN_ID);
				assertThat(jdbc.sql("SELECT count(*) FROM dossier").query(Long.class).single()).as(cell.toString())
						.isEqualTo(dossiersBefore);
			}
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("administration")
	void administrationIsTheProvinceAdministratorsAlone(Cell cell) {
		long before = administrationFingerprint();
		var request = switch (cell.row()) {
			case "accounts-list" -> mvc.get().uri("/api/accounts");
			case "account-create" -> mvc.post().uri("/api/accounts").contentType(MediaType.APPLICATION_JSON)
					.content("{\"username\":\"mx-new\",\"displayName\":\"\",\"grants\":[]}");
			case "grants-replace" -> mvc.put().uri("/api/accounts/recv-a/grants").contentType(MediaType.APPLICATION_JSON)
					.content("{\"grants\":[{\"role\":\"KING\",\"agencyId\":1}],\"reason\":\"thử\"}");
			case "catalogue-import" -> mvc.post().uri("/api/catalogue/imports").contentType(MediaType.MULTIPART_FORM_DATA)
					.content("");
			case "catalogue-config" -> mvc.put().uri("/api/catalogue/procedures/" + PROCEDURE + "/draft")
					.contentType(MediaType.APPLICATION_JSON).content("{\"level\":\"NOWHERE\"}");
			case "calendar-edit" -> mvc.post().uri("/api/calendar/arrangements").contentType(MediaType.APPLICATION_JSON)
					.content("{}");
			case "agencies-import" -> mvc.post().uri("/api/agencies/import").contentType("text/csv").content("not,a,code,list\n");
			case "agencies-register" -> mvc.post().uri("/api/agencies").contentType(MediaType.APPLICATION_JSON)
					.content("{\"kind\":\"PUBLIC_ADMINISTRATION_CENTRE\",\"unitLevel\":\"PROVINCE\",\"unitCode\":\"68\"}");
			case "reorg-plans" -> mvc.get().uri("/api/reorg/plans");
			case "reorg-plan-create" -> mvc.post().uri("/api/reorg/plans").contentType(MediaType.APPLICATION_JSON)
					.content("{}");
			case "audit-verify" -> mvc.get().uri("/api/audit/verification");
			case "audit-entries" -> mvc.get().uri("/api/audit/entries");
			default -> throw new IllegalArgumentException(cell.row());
		};
		MvcTestResult result = send(cell.column(), request);
		assertThat(result.getResponse().getStatus()).as("%s: %s", cell, text(result))
				.isEqualTo(Integer.parseInt(cell.expected()));
		if (result.getResponse().getStatus() >= 400) {
			assertRefusal(cell, result);
		}
		assertThat(administrationFingerprint()).as(cell.toString()).isEqualTo(before);
	}

	/**
	 * What the caller sees of a refusal: a problem document (RFC 9457) with the status and a stable code;
	 * a dossier they have no part in is answered exactly like a code that does not exist.
	 */
	void assertRefusal(Cell cell, MvcTestResult result) {
		int status = result.getResponse().getStatus();
		assertThat(result.getResponse().getContentType()).as(cell.toString()).startsWith("application/problem+json");
		JsonNode problem = json.readTree(text(result));
		assertThat(problem.path("status").asInt()).as(cell.toString()).isEqualTo(status);
		assertThat(problem.path("code").asString()).as(cell.toString()).isNotBlank();
		if (status == 404) {
			assertThat(problem.path("code").asString()).as(cell.toString()).isEqualTo("DOSSIER_NOT_FOUND");
		}
		if (status == 401) {
			assertThat(result.getResponse().getHeader("WWW-Authenticate")).as(cell.toString()).isNotNull();
		}
	}

	/** The answer's body as UTF-8, whatever the response declares (problem details carry Vietnamese). */
	static String text(MvcTestResult result) {
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	MvcTestResult send(String column, org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder request) {
		String[] account = account(column);
		return account == null ? request.exchange() : request.with(httpBasic(account[0], account[1])).exchange();
	}

	/** What an administration call could change: accounts, grants, imports, configuration, calendar, plans. */
	long administrationFingerprint() {
		return jdbc.sql("""
				SELECT (SELECT count(*) FROM identity_account) + (SELECT count(*) FROM identity_grant)
				     + (SELECT count(*) FROM procedures_import) + (SELECT count(*) FROM procedures_version)
				     + (SELECT count(*) FROM calendar_arrangement) + (SELECT count(*) FROM units_agency_import)
				     + (SELECT count(*) FROM units_agency) + (SELECT count(*) FROM reorg_plan)""")
				.query(Long.class).single();
	}

	record Snapshot(String status, int step, int version, long history) {
	}

	Snapshot snapshot(String code) {
		return jdbc.sql("""
				SELECT d.status, d.step, d.version, (SELECT count(*) FROM dossier_history h WHERE h.dossier_id = d.id)
				FROM dossier d WHERE d.code = :code""").param("code", code)
				.query((rs, n) -> new Snapshot(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getLong(4))).single();
	}

	Map<String, Object> actionBody(String action, int version) {
		Map<String, Object> body = new HashMap<>();
		body.put("version", version);
		body.put("note", "Ghi chú của phép thử quyền");
		if (action.equals("apologize")) {
			body.put("extensionDays", 3);
		}
		if (action.equals("attach-result")) {
			body.put("files", List.of(Map.of("fileName", "ket-qua.pdf", "contentBase64",
					Base64.getEncoder().encodeToString(PDF))));
		}
		return body;
	}

	/** A dossier citizen-1 submitted online to commune A, brought by its own officials to the named state. */
	String prepare(String state) {
		Map<String, Supplier<String>> states = new LinkedHashMap<>();
		states.put("submitted", this::submitted);
		states.put("received", () -> advance(submitted(), "recv-a", "accept"));
		states.put("at-specialist", () -> advance(prepare("received"), "recv-a", "forward"));
		states.put("at-leader", () -> advance(prepare("at-specialist"), "spec-a", "forward"));
		states.put("supplement", () -> advance(prepare("at-specialist"), "spec-a", "request-supplement"));
		states.put("suspended", () -> advance(prepare("at-specialist"), "spec-a", "suspend"));
		states.put("obligation", () -> advance(prepare("at-specialist"), "spec-a", "request-financial-obligation"));
		states.put("late", () -> {
			String code = prepare("at-specialist");
			// The appointment passed a month ago, as if the dossier had been received long before.
			jdbc.sql("UPDATE dossier SET due_at = due_at - interval '30 days' WHERE code = :c").param("c", code).update();
			return code;
		});
		states.put("done", () -> advance(prepare("at-leader"), "lead-a", "approve"));
		states.put("with-result", () -> advance(prepare("done"), "lead-a", "attach-result"));
		return states.get(state).get();
	}

	String returnedOnline() {
		String code = prepare("with-result");
		Map<String, Object> body = actionBody("return-result", snapshot(code).version());
		body.put("returnMethod", "ONLINE");
		act("recv-a", code, "return-result", body);
		return code;
	}

	String submitted() {
		MvcTestResult result = send("owner", mvc.post().uri("/api/dossiers").contentType(MediaType.APPLICATION_JSON)
				.content(json.writeValueAsString(receipt(PROCEDURE, fixture.communeA, null, CITIZEN_ID, "to-khai.pdf", PDF))));
		assertThat(result).hasStatus(201);
		JsonNode receipt = json.readTree(result.getResponse().getContentAsByteArray());
		return receipt.get("dossier").get("code").asString();
	}

	String advance(String code, String user, String action) {
		act(user, code, action, actionBody(action, snapshot(code).version()));
		return code;
	}

	void act(String user, String code, String action, Map<String, Object> body) {
		MvcTestResult result = send(user, mvc.post().uri("/api/dossiers/" + code + "/actions/" + action)
				.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)));
		assertThat(result.getResponse().getStatus()).as("%s %s: %s", user, action,
				text(result)).isEqualTo(200);
	}
}
