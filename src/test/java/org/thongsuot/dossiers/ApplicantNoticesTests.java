package org.thongsuot.dossiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.thongsuot.dossiers.DossierFixture.PASSWORD;
import static org.thongsuot.dossiers.DossierFixture.PDF;
import static org.thongsuot.dossiers.DossierFixture.PROCEDURE;
import static org.thongsuot.dossiers.DossierFixture.receipt;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.thongsuot.IntegrationTest;
import org.thongsuot.dossiers.internal.DeadlineWarnings;
import org.thongsuot.identity.AccountKind;
import org.thongsuot.identity.CurrentUser;
import org.thongsuot.identity.Officials;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The applicant hears about their dossier without asking: when it needs a supplement, is refused or not
 * accepted, runs late (the apology with its new appointment) or has its result ready, the citizen account
 * that submitted it gets an in-app notice, an email when the account has an address, and the audit trail
 * records that they were told.
 */
@IntegrationTest
class ApplicantNoticesTests {

	static final String CITIZEN_EMAIL = "citizen-1@congdan.example.vn";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Notices notices;

	@Autowired
	Officials officials;

	@Autowired
	DeadlineWarnings warnings;

	@Autowired
	GreenMail mail;

	@Autowired
	DossierFixtures fixtures;

	DossierFixture fixture;

	static final CurrentUser CITIZEN = new CurrentUser("citizen-1", AccountKind.CITIZEN, DossierFixture.CITIZEN_ID,
			Set.of());

	@BeforeEach
	void setUp() {
		fixture = fixtures.get();
		officials.setEmail("citizen-1", CITIZEN_EMAIL);
	}

	/** A dossier citizen-1 submitted online, accepted and forwarded to commune A's specialist: version 2. */
	String atSpecialist() {
		String code = DossierFixture.postJson(mvc, json, "citizen-1", "/api/dossiers",
				receipt(PROCEDURE, fixture.communeA, null, DossierFixture.CITIZEN_ID, "to-khai.pdf", PDF), 201)
				.get("dossier").get("code").asString();
		act("recv-a", code, "accept", body(0, null), 200);
		act("recv-a", code, "forward", body(1, null), 200);
		return code;
	}

	JsonNode act(String user, String code, String action, Map<String, Object> body, int status) {
		return DossierFixture.postJson(mvc, json, user, "/api/dossiers/" + code + "/actions/" + action, body, status);
	}

	static Map<String, Object> body(int version, String note) {
		return DossierFixture.actionBody(version, note);
	}

	List<Notice> told(String code) {
		return notices.list(CITIZEN, false, 500).stream().filter(n -> n.dossierCode().equals(code)).toList();
	}

	/** Sends the emails waiting, as the deadline job's sender does after its run. */
	void sendEmails() {
		warnings.sendPendingEmails(Instant.now());
	}

	/** The emails the citizen received about the dossier: subject, then the body. */
	List<String[]> emailsAbout(String code) throws Exception {
		List<String[]> found = new ArrayList<>();
		for (MimeMessage m : mail.getReceivedMessages()) {
			if (m.getSubject().contains(code)
					&& m.getRecipients(Message.RecipientType.TO)[0].toString().equals(CITIZEN_EMAIL)) {
				found.add(new String[] { m.getSubject(), String.valueOf(m.getContent()) });
			}
		}
		return found;
	}

	long audited(String code) {
		return jdbc.sql("SELECT count(*) FROM audit_entry WHERE subject_type = 'dossier' AND subject_id = :c"
				+ " AND action = 'DossierApplicantNotified'").param("c", code).query(Long.class).single();
	}

	@Test
	void theApplicantIsToldInTheAppAndByEmailWhenASupplementIsNeededAndWhenTheDossierIsRefused() throws Exception {
		String code = atSpecialist();

		act("spec-a", code, "request-supplement", body(2, "Thiếu bản sao giấy khai sinh của người được giám hộ"), 200);

		assertThat(told(code)).singleElement().satisfies(n -> {
			assertThat(n.kind()).isEqualTo("SUPPLEMENT_REQUESTED");
			assertThat(n.note()).isEqualTo("Thiếu bản sao giấy khai sinh của người được giám hộ");
			assertThat(n.read()).isFalse();
			assertThat(n.emailStatus()).isEqualTo("PENDING");
		});
		assertThat(jdbc.sql("SELECT actor FROM audit_entry WHERE subject_type = 'dossier' AND subject_id = :c"
				+ " AND action = 'DossierApplicantNotified'").param("c", code).query(String.class).list())
				.containsExactly("spec-a");
		sendEmails();
		assertThat(told(code)).singleElement().satisfies(n -> assertThat(n.emailStatus()).isEqualTo("SENT"));
		assertThat(emailsAbout(code)).singleElement().satisfies(e -> {
			assertThat(e[0]).contains("cần bổ sung, hoàn thiện");
			assertThat(e[1]).contains("Thiếu bản sao giấy khai sinh", "Ông/Bà");
		});

		act("citizen-1", code, "supply", body(3, null), 200);
		act("spec-a", code, "refuse", body(4, "Người yêu cầu không đủ điều kiện làm người giám hộ"), 200);

		assertThat(told(code)).extracting(Notice::kind).containsExactly("REFUSED", "SUPPLEMENT_REQUESTED");
		assertThat(told(code).get(0).note()).isEqualTo("Người yêu cầu không đủ điều kiện làm người giám hộ");
		assertThat(audited(code)).isEqualTo(2);
		sendEmails();
		assertThat(emailsAbout(code)).hasSize(2).anySatisfy(e -> assertThat(e[0]).contains("không được giải quyết"));

		// In the application: the bell, the notices page with the reasons, the API; marking read.
		var page = assertThat(mvc.get().uri("/notices").with(org.thongsuot.dossiers.PageLogins.citizen1())).hasStatusOk()
				.bodyText();
		page.contains("Từ chối giải quyết", "không đủ điều kiện làm người giám hộ", "/my-dossiers/" + code,
				"Thông báo (");
		assertThat(mvc.get().uri("/api/notices?unread=true").with(httpBasic("citizen-1", PASSWORD))).hasStatusOk()
				.bodyJson().extractingPath("$.notices[*].dossierCode").asArray().contains(code);
		long id = told(code).get(0).id();
		assertThat(mvc.post().uri("/api/notices/" + id + "/read").with(httpBasic("citizen-1", PASSWORD)).with(csrf()))
				.hasStatus(204);
		assertThat(told(code).get(0).read()).isTrue();
		assertThat(mvc.post().uri("/api/notices/" + id + "/read").with(httpBasic("spec-a", PASSWORD)).with(csrf()))
				.as("someone else's notice").hasStatus(404);
	}

	@Test
	void theApplicantIsToldWhenTheDossierRunsLateWithTheNewAppointmentAndWhenTheResultIsReady() {
		String code = atSpecialist();
		jdbc.sql("UPDATE dossier SET due_at = due_at - interval '30 days' WHERE code = :c").param("c", code).update();
		Map<String, Object> apology = body(2, "Cần xác minh thêm nơi cư trú");
		apology.put("extensionDays", 3);

		LocalDateTime newDue = LocalDateTime.parse(act("spec-a", code, "apologize", apology, 200).get("dueAt").asString());

		assertThat(told(code)).singleElement().satisfies(n -> {
			assertThat(n.kind()).isEqualTo("APOLOGIZED");
			assertThat(n.dueAt()).isEqualTo(newDue);
			assertThat(n.note()).isEqualTo("Cần xác minh thêm nơi cư trú");
		});

		act("spec-a", code, "forward", body(3, null), 200);
		Map<String, Object> approval = body(4, null);
		approval.put("files", List.of(Map.of("fileName", "ket-qua.pdf", "contentBase64",
				Base64.getEncoder().encodeToString(PDF))));
		act("lead-a", code, "approve", approval, 200);
		assertThat(told(code)).as("approval alone is not yet a result to collect").hasSize(1);
		act("recv-a", code, "mark-ready", body(5, null), 200);

		assertThat(told(code)).extracting(Notice::kind).containsExactly("RESULT_READY", "APOLOGIZED");
		assertThat(audited(code)).isEqualTo(2);
		assertThat(mvc.get().uri("/notices").with(org.thongsuot.dossiers.PageLogins.citizen1())).hasStatusOk().bodyText()
				.contains("Đã có kết quả", "Trễ hẹn, hẹn lại",
						String.format("%02d:%02d %02d/%02d/%d", newDue.getHour(), newDue.getMinute(),
								newDue.getDayOfMonth(), newDue.getMonthValue(), newDue.getYear()));
	}

	@Test
	void anOnlineSubmissionNotAcceptedIsToldWithTheReasons() {
		String code = DossierFixture.postJson(mvc, json, "citizen-1", "/api/dossiers",
				receipt(PROCEDURE, fixture.communeA, null, DossierFixture.CITIZEN_ID, "to-khai.pdf", PDF), 201)
				.get("dossier").get("code").asString();

		act("recv-a", code, "decline", body(0, "Hồ sơ nộp nhầm thủ tục"), 200);

		assertThat(told(code)).singleElement().satisfies(n -> {
			assertThat(n.kind()).isEqualTo("NOT_ACCEPTED");
			assertThat(n.note()).isEqualTo("Hồ sơ nộp nhầm thủ tục");
		});
	}

	@Test
	void aDossierReceivedAtTheCounterHasNoAccountToTellAndARefusedActionTellsNobody() {
		String counter = fixture.receiveAtCommuneA(mvc, json, "recv-a", "COUNTER", DossierFixture.CITIZEN_ID)
				.get("dossier").get("code").asString();
		act("recv-a", counter, "forward", body(0, null), 200);
		act("spec-a", counter, "request-supplement", body(1, "Thiếu tờ khai"), 200);
		assertThat(jdbc.sql("SELECT count(*) FROM notice WHERE dossier_code = :c").param("c", counter)
				.query(Long.class).single()).isZero();

		String online = atSpecialist();
		Map<String, Object> noReason = new HashMap<>(body(2, null));
		act("spec-a", online, "refuse", noReason, 400);
		assertThat(told(online)).isEmpty();
		assertThat(audited(online)).isZero();
	}

	@Test
	void anApplicantWithoutAnEmailAddressIsStillToldInTheApp() {
		officials.createCitizen("citizen-no-mail", PASSWORD, "Lê Thị Hoa", "068190007777");
		String code = DossierFixture.postJson(mvc, json, "citizen-no-mail", "/api/dossiers",
				receipt(PROCEDURE, fixture.communeA, null, "068190007777", "to-khai.pdf", PDF), 201)
				.get("dossier").get("code").asString();
		act("recv-a", code, "decline", body(0, "Sai thủ tục"), 200);

		CurrentUser other = new CurrentUser("citizen-no-mail", AccountKind.CITIZEN, "068190007777", Set.of());
		assertThat(notices.list(other, false, 10)).filteredOn(n -> n.dossierCode().equals(code)).singleElement()
				.satisfies(n -> assertThat(n.emailStatus()).isEqualTo("NO_ADDRESS"));
		assertThat(told(code)).as("not citizen-1's").isEmpty();
	}
}
