package org.thongsuot.dossiers.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.thongsuot.IntegrationTest;
import org.thongsuot.dossiers.Applicant;
import org.thongsuot.dossiers.ComponentFile;
import org.thongsuot.dossiers.DossierFixture;
import org.thongsuot.dossiers.DossierFixtures;
import org.thongsuot.dossiers.DossierView;
import org.thongsuot.dossiers.Dossiers;
import org.thongsuot.dossiers.Notice;
import org.thongsuot.dossiers.Notices;
import org.thongsuot.dossiers.ReceiptRequest;
import org.thongsuot.dossiers.SubmissionChannel;
import org.thongsuot.dossiers.internal.DeadlineWarnings;
import org.thongsuot.identity.CurrentUser;
import org.thongsuot.identity.Grant;
import org.thongsuot.identity.Officials;
import org.thongsuot.identity.Role;
import org.thongsuot.units.Units;

/** The bell and the notices page and API; the work queue's flags and search, as officials see them. */
@IntegrationTest
class NoticeAndQueuePagesTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Dossiers dossiers;

	@Autowired
	Notices notices;

	@Autowired
	DeadlineWarnings warnings;

	@Autowired
	Officials officials;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DossierFixtures fixtures;

	DossierFixture fixture;
	CurrentUser receiverB;

	@BeforeEach
	void setUp() {
		fixture = fixtures.get();
		receiverB = DossierFixture.official("recv-b", Role.RECEIVER, fixture.communeB);
	}

	RequestPostProcessor official(String name, Role role, long agency) {
		return user(name).authorities(new SimpleGrantedAuthority("ROLE_" + role.name()),
				new SimpleGrantedAuthority(Grant.of(role, agency).authority()));
	}

	DossierView received(String applicant, String idNumber) {
		return dossiers.receive(new ReceiptRequest(DossierFixture.PROCEDURE, fixture.communeB, SubmissionChannel.COUNTER,
				new Applicant(applicant, idNumber, null),
				List.of(new ComponentFile(DossierFixture.COMPONENT, "to-khai.pdf", DossierFixture.PDF))), receiverB, null)
				.dossier();
	}

	@Test
	void anOfficialSeesTheBellCountReadsNoticesAndMarksThemReadButNotSomeoneElses() {
		DossierView d = received("Lý Thị Hoa", "068185001111");
		DossierFixture.runWarnings(warnings, d.stepDueAt().plusMinutes(1).atZone(Units.ZONE).toInstant());
		List<Notice> mine = notices.list(receiverB, true, 500).stream().filter(n -> n.dossierCode().equals(d.code()))
				.toList();
		assertThat(mine).hasSize(1);
		long id = mine.get(0).id();
		var recvB = official("recv-b", Role.RECEIVER, fixture.communeB);

		assertThat(mvc.get().uri("/dossiers").with(recvB)).hasStatusOk().bodyText().contains("Thông báo (");
		assertThat(mvc.get().uri("/notices").with(recvB)).hasStatusOk().bodyText()
				.contains("Thông báo của bạn", d.code(), "Bước “Tiếp nhận” đã quá hạn", "Chưa đọc");
		assertThat(mvc.get().uri("/api/notices?unread=true").with(recvB)).hasStatusOk().bodyJson()
				.extractingPath("$.notices[?(@.id == " + id + ")].dossierCode").asArray().containsExactly(d.code());

		assertThat(mvc.post().uri("/api/notices/" + id + "/read").with(official("recv-a", Role.RECEIVER, fixture.communeA))
				.with(csrf())).hasStatus(404).bodyJson().extractingPath("$.code").isEqualTo("NOTICE_NOT_FOUND");
		assertThat(notices.list(receiverB, true, 500)).extracting(Notice::id).contains(id);

		assertThat(mvc.post().uri("/notices/" + id + "/read").with(recvB).with(csrf())).hasStatus3xxRedirection();
		assertThat(notices.list(receiverB, true, 500)).extracting(Notice::id).doesNotContain(id);
		assertThat(mvc.post().uri("/api/notices/read").with(recvB).with(csrf())).hasStatusOk();
		assertThat(notices.unread(receiverB)).isZero();
		assertThat(mvc.get().uri("/api/notices")).hasStatus(401);
		assertThat(mvc.get().uri("/notices")).hasStatus3xxRedirection();
	}

	@Test
	void theQueueMarksLateAndAtRiskDossiersInTextAndFindsByApplicantStatusAndPeriod() throws Exception {
		DossierView late = received("Vũ Văn Khoa", "068080002222");
		DossierView atRisk = received("Vũ Thị Lan", "068180003333");
		DossierView calm = received("Vũ Đức Minh", "068080004444");
		// Back-date two of them: one past its appointment, one a few working minutes from it.
		jdbc.sql("UPDATE dossier SET due_at = :due WHERE code = :code")
				.param("due", LocalDateTime.now(Units.ZONE).minusDays(1)).param("code", late.code()).update();
		jdbc.sql("UPDATE dossier SET due_at = :due, step_due_at = :due WHERE code = :code")
				.param("due", LocalDateTime.now(Units.ZONE).plusMinutes(1)).param("code", atRisk.code()).update();
		var recvB = official("recv-b", Role.RECEIVER, fixture.communeB);

		var page = assertThat(mvc.get().uri("/dossiers?applicant=Vũ").with(recvB)).hasStatusOk().bodyText();
		page.contains(late.code(), atRisk.code(), calm.code(), "Quá hạn", "Sắp đến hạn");
		String body = mvc.get().uri("/dossiers?applicant=Vũ").with(recvB).exchange().getResponse().getContentAsString();
		assertThat(body.indexOf(late.code())).as("due soonest first").isLessThan(body.indexOf(atRisk.code()));
		assertThat(body.indexOf(atRisk.code())).isLessThan(body.indexOf(calm.code()));
		assertThat(body).contains("data-code=\"" + late.code() + "\" data-flag=\"LATE\"",
				"data-code=\"" + atRisk.code() + "\" data-flag=\"AT_RISK\"",
				"data-code=\"" + calm.code() + "\" data-flag=\"NONE\"");

		assertThat(mvc.get().uri("/dossiers?applicant=068180003333").with(recvB)).hasStatusOk().bodyText()
				.contains(atRisk.code()).doesNotContain(late.code());
		assertThat(mvc.get().uri("/dossiers?applicant=Vũ&status=DONE").with(recvB)).hasStatusOk().bodyText()
				.doesNotContain(late.code()).contains("Không có hồ sơ nào");
		assertThat(mvc.get().uri("/dossiers?code=" + calm.code()).with(recvB)).hasStatusOk().bodyText()
				.contains(calm.code()).doesNotContain(late.code());
		assertThat(mvc.get().uri("/dossiers?applicant=Vũ&from=2020-01-01&to=2020-12-31").with(recvB)).hasStatusOk()
				.bodyText().doesNotContain(calm.code());
		assertThat(mvc.get().uri("/dossiers?from=2026-02-01&to=2026-01-01").with(recvB)).hasStatusOk().bodyText()
				.contains("trước ngày bắt đầu");
		assertThat(mvc.get().uri("/dossiers?applicant=Vũ").with(official("recv-a", Role.RECEIVER, fixture.communeA)))
				.hasStatusOk().bodyText().doesNotContain(calm.code());
	}
}
