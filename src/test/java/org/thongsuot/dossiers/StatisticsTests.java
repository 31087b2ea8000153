package org.thongsuot.dossiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.thongsuot.IntegrationTest;
import org.thongsuot.identity.AccountKind;
import org.thongsuot.identity.CurrentUser;
import org.thongsuot.identity.Grant;
import org.thongsuot.identity.Role;
import org.thongsuot.platform.ApiException;
import org.thongsuot.platform.ErrorCode;
import org.thongsuot.units.Agencies;
import org.thongsuot.units.AgencyKind;
import org.thongsuot.units.Level;

/**
 * Statistics count each dossier exactly once: dossiers are built in known states with known dates at a
 * commune used by no other test, and the counts for October 2026 are asserted exactly.
 */
@IntegrationTest
class StatisticsTests {

	static final LocalDate FROM = LocalDate.of(2026, 10, 1);
	static final LocalDate TO = LocalDate.of(2026, 10, 31);

	@Autowired
	DossierFixtures fixtures;

	@Autowired
	DossierStatistics statistics;

	@Autowired
	Dossiers dossiers;

	@Autowired
	Agencies agencies;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvcTester mvc;

	static long commune;
	static boolean built;

	CurrentUser receiver;
	CurrentUser specialist;
	CurrentUser leader;

	@BeforeEach
	void setUp() {
		fixtures.get();
		if (commune == 0) {
			commune = agencies.list(null, Level.COMMUNE, null, null, AgencyKind.PEOPLES_COMMITTEE, 8).get(7).id();
		}
		receiver = DossierFixture.official("stat-recv", Role.RECEIVER, commune);
		specialist = DossierFixture.official("stat-spec", Role.SPECIALIST, commune);
		leader = DossierFixture.official("stat-lead", Role.LEADER, commune);
		if (!built) {
			build();
			built = true;
		}
	}

	String receive(String idNumber) {
		return dossiers.receive(new ReceiptRequest(DossierFixture.PROCEDURE, commune, SubmissionChannel.COUNTER,
				new Applicant("Người nộp thống kê", idNumber, null),
				List.of(new ComponentFile(DossierFixture.COMPONENT, "to-khai.pdf", DossierFixture.PDF))), receiver, null)
				.dossier().code();
	}

	String approved(String idNumber) {
		String code = receive(idNumber);
		dossiers.act(code, DossierAction.FORWARD, new ActionRequest(0, null, List.of()), receiver);
		dossiers.act(code, DossierAction.FORWARD, new ActionRequest(1, null, List.of()), specialist);
		dossiers.act(code, DossierAction.APPROVE, new ActionRequest(2, null, List.of()), leader);
		return code;
	}

	/** Sets a dossier's dates (Vietnam time) as if it had been received and completed then. */
	void dated(String code, String received, String due, String completed, String timeliness) {
		jdbc.sql("""
				UPDATE dossier SET received_at = :r, step_started_at = :r, due_at = :due, completed_at = :c,
					timeliness = :t WHERE code = :code""")
				.param("r", at(received)).param("due", LocalDateTime.parse(due + "T17:00"))
				.param("c", completed == null ? null : at(completed)).param("t", timeliness).param("code", code).update();
	}

	static OffsetDateTime at(String day) {
		return LocalDateTime.parse(day + "T09:00").atZone(org.thongsuot.units.Units.ZONE).toOffsetDateTime();
	}

	void build() {
		// carried over from September, approved early in October
		dated(approved("068080100001"), "2026-09-20", "2026-10-08", "2026-10-05", "EARLY");
		// carried over, still pending at the end of October and past its appointment
		dated(receive("068080100002"), "2026-09-25", "2026-10-10", null, null);
		// received and approved in September: not in October's figures at all
		dated(approved("068080100003"), "2026-09-01", "2026-09-15", "2026-09-10", "EARLY");
		// October: approved on time, approved late
		dated(approved("068080100004"), "2026-10-02", "2026-10-09", "2026-10-09", "ON_TIME");
		dated(approved("068080100005"), "2026-10-03", "2026-10-10", "2026-10-20", "LATE");
		// October: refused, and its refusal handed over since (status RESULT_RETURNED, still a refusal)
		String refused = receive("068080100006");
		dossiers.act(refused, DossierAction.REFUSE, new ActionRequest(0, "Không thuộc thẩm quyền", List.of()), receiver);
		dossiers.act(refused, DossierAction.RETURN_RESULT, new ActionRequest(1, null, List.of()), receiver);
		dated(refused, "2026-10-06", "2026-10-13", "2026-10-07", "EARLY");
		// October: pending within its appointment; approved only in November (pending at October's end)
		dated(receive("068080100007"), "2026-10-28", "2026-11-04", null, null);
		dated(approved("068080100008"), "2026-10-29", "2026-11-05", "2026-11-02", "EARLY");
		// October: waiting for the applicant's supplement (clock stopped) though its appointment passed
		String supplement = receive("068080100009");
		dossiers.act(supplement, DossierAction.REQUEST_SUPPLEMENT, new ActionRequest(0, "Bổ sung bản sao", List.of()),
				receiver);
		dated(supplement, "2026-10-01", "2026-10-10", null, null);
		// received in November: not in October's figures
		dated(receive("068080100010"), "2026-11-03", "2026-11-10", null, null);
	}

	@Test
	void octobersFiguresCountEachDossierOnceAndAddUp() {
		Statistics s = statistics.compute(commune, FROM, TO, StatisticsGroup.AGENCY, receiver);

		StatisticsLine t = s.total();
		assertThat(s.lines()).singleElement().isEqualTo(new StatisticsLine(String.valueOf(commune),
				s.lines().get(0).label(), 2, 6, 1, 1, 1, 1, 0, 3, 1));
		assertThat(t.carriedOver()).isEqualTo(2);
		assertThat(t.newlyReceived()).isEqualTo(6);
		assertThat(t.received()).isEqualTo(8);
		assertThat(t.processed()).isEqualTo(3);
		assertThat(t.refused()).isEqualTo(1);
		assertThat(t.pending()).isEqualTo(4);
		assertThat(t.pendingOverdue()).isEqualTo(1);
		assertThat(t.received()).isEqualTo(t.processed() + t.refused() + t.otherEnded() + t.pending());
		assertThat(t.onTimePercent()).isEqualTo(66.7);
	}

	@Test
	void byFieldAndByMonthTheSameDossiersAddUpTheSameWay() {
		Statistics byField = statistics.compute(commune, FROM, TO, StatisticsGroup.FIELD, receiver);
		assertThat(byField.lines()).singleElement().satisfies(l -> {
			assertThat(l.label()).isEqualTo("Thử nghiệm");
			assertThat(l.received()).isEqualTo(8);
		});

		Statistics byMonth = statistics.compute(commune, LocalDate.of(2026, 9, 1), TO, StatisticsGroup.MONTH, receiver);
		assertThat(byMonth.lines()).extracting(StatisticsLine::key).containsExactly("2026-09", "2026-10");
		StatisticsLine september = byMonth.lines().get(0);
		StatisticsLine october = byMonth.lines().get(1);
		assertThat(september.carriedOver()).isZero();
		assertThat(september.newlyReceived()).isEqualTo(3);
		assertThat(september.processedEarly()).isEqualTo(1);
		assertThat(september.pending()).as("what September hands over").isEqualTo(october.carriedOver()).isEqualTo(2);
		assertThat(october).isEqualTo(new StatisticsLine("2026-10", "10/2026", 2, 6, 1, 1, 1, 1, 0, 3, 1));
		for (StatisticsLine l : byMonth.lines()) {
			assertThat(l.received()).isEqualTo(l.processed() + l.refused() + l.otherEnded() + l.pending());
		}
		assertThat(byMonth.total().received()).as("the whole period, not a sum of months").isEqualTo(9);
		assertThat(byMonth.total().processed()).isEqualTo(4);
	}

	@Test
	void anOfficialSeesOnlyTheirAgenciesAndABackwardPeriodIsRefused() {
		CurrentUser other = new CurrentUser("recv-a", AccountKind.OFFICIAL, null, Set.of(Grant.of(Role.RECEIVER, 1L)));
		assertThatThrownBy(() -> statistics.compute(commune, FROM, TO, null, other)).isInstanceOfSatisfying(
				ApiException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.ACCESS_DENIED));
		assertThat(statistics.compute(null, FROM, TO, null, other).lines())
				.noneMatch(l -> l.key().equals(String.valueOf(commune)));
		CurrentUser admin = new CurrentUser("admin", AccountKind.OFFICIAL, null, Set.of(Grant.provinceAdmin()));
		assertThat(statistics.compute(null, FROM, TO, null, admin).lines())
				.anyMatch(l -> l.key().equals(String.valueOf(commune)) && l.received() == 8);
		assertThatThrownBy(() -> statistics.compute(commune, TO, FROM, null, receiver)).isInstanceOfSatisfying(
				ApiException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_PARAMETER));
		assertThatThrownBy(() -> statistics.compute(commune, LocalDate.of(2020, 1, 1), TO, null, receiver))
				.isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_PARAMETER));
	}

	RequestPostProcessor official() {
		return user("stat-recv").authorities(new SimpleGrantedAuthority("ROLE_RECEIVER"),
				new SimpleGrantedAuthority(Grant.of(Role.RECEIVER, commune).authority()));
	}

	@Test
	void theApiThePageAndTheExcelFileGiveTheSameFigures() throws Exception {
		String query = "?agencyId=" + commune + "&from=2026-10-01&to=2026-10-31&groupBy=FIELD";
		var json = assertThat(mvc.get().uri("/api/dossiers/statistics" + query).with(official())).hasStatusOk().bodyJson();
		json.extractingPath("$.total.carriedOver").isEqualTo(2);
		json.extractingPath("$.total.newlyReceived").isEqualTo(6);
		json.extractingPath("$.total.pendingOverdue").isEqualTo(1);
		json.extractingPath("$.lines[0].label").isEqualTo("Thử nghiệm");
		assertThat(mvc.get().uri("/api/dossiers/statistics" + query)).hasStatus(401);
		assertThat(mvc.get().uri("/api/dossiers/statistics?groupBy=WEEK").with(official())).hasStatus(400);
		assertThat(mvc.get().uri("/api/dossiers/statistics?agencyId=1").with(official())).hasStatus(403);

		assertThat(mvc.get().uri("/statistics" + query).with(official())).hasStatusOk().bodyText().contains(
				"Thống kê tình hình giải quyết hồ sơ", "Tổng số hồ sơ tiếp nhận: 8 (kỳ trước chuyển qua 2, mới tiếp nhận 6)",
				"Thử nghiệm", "Tải về tệp Excel");
		String html = mvc.get().uri("/statistics" + query).with(official()).exchange().getResponse()
				.getContentAsString();
		assertThat(html).contains("<svg", "role=\"img\"", "seg-processedLate", "<desc");
		assertThat(mvc.get().uri("/statistics?from=2026-10-31&to=2026-10-01").with(official())).hasStatusOk().bodyText()
				.contains("trước ngày bắt đầu");

		byte[] xlsx = mvc.get().uri("/statistics.xlsx" + query).with(official()).exchange().getResponse()
				.getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = book.getSheetAt(0);
			assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).isEqualTo("Kỳ trước chuyển qua");
			assertThat(sheet.getRow(4).getCell(0).getStringCellValue()).isEqualTo("Thử nghiệm");
			assertThat(sheet.getRow(4).getCell(3).getNumericCellValue()).isEqualTo(8);
			assertThat(sheet.getRow(5).getCell(0).getStringCellValue()).isEqualTo("Tổng cộng");
			assertThat(sheet.getRow(5).getCell(12).getNumericCellValue()).isEqualTo(1);
		}
	}
}
