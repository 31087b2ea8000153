package org.thongsuot.calendar.web;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.thongsuot.IntegrationTest;
import org.thongsuot.calendar.CalendarArrangements;
import org.thongsuot.calendar.WorkingCalendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@IntegrationTest
class ArrangementAdminPagesTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	CalendarArrangements arrangements;

	@Autowired
	WorkingCalendar calendar;

	@Test
	void anonymousVisitorsAreSentToTheLoginPage() {
		assertThat(mvc.get().uri("/calendar/admin")).hasStatus3xxRedirection();
	}

	@Test
	@WithMockUser(roles = "RECEIVER")
	void officersWhoAreNotAdministratorsAreRefused() {
		assertThat(mvc.get().uri("/calendar/admin")).hasStatus(403);
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void anAdministratorSeesTheYearsArrangementsWithTheirSources() {
		assertThat(mvc.get().uri("/calendar/admin?year=2025")).hasStatusOk().bodyText()
			.contains("Lịch nghỉ chính thức năm 2025")
			.contains("6150/TB-LĐTBXH")
			.contains("Làm bù");
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void anAdministratorEntersEditsAndDeletesAnArrangement() {
		assertThat(mvc.post().uri("/calendar/admin/arrangements").with(csrf())
			.param("year", "2028").param("occasion", "OTHER").param("sourceDocument", "Quyết định thử 2/QĐ-TEST")
			.param("sourceIssuer", "UBND tỉnh").param("sourceDate", "2027-12-01")
			.param("days", "2028-03-06 DAY_OFF Nghỉ thêm | Extra day off\n")).hasStatus3xxRedirection();
		assertThat(calendar.isWorkingDay(LocalDate.of(2028, 3, 6))).isFalse();
		long id = arrangements.ofYear(2028).get(0).id();

		assertThat(mvc.get().uri("/calendar/admin?year=2028&edit=" + id)).hasStatusOk().bodyText()
			.contains("2028-03-06 DAY_OFF Nghỉ thêm | Extra day off");
		assertThat(mvc.post().uri("/calendar/admin/arrangements/" + id).with(csrf())
			.param("year", "2028").param("occasion", "OTHER").param("sourceDocument", "Quyết định thử 2/QĐ-TEST")
			.param("sourceIssuer", "UBND tỉnh")
			.param("days", "2028-03-07 DAY_OFF Nghỉ thêm | Extra day off")).hasStatus3xxRedirection();
		assertThat(calendar.isWorkingDay(LocalDate.of(2028, 3, 6))).isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.of(2028, 3, 7))).isFalse();

		assertThat(mvc.post().uri("/calendar/admin/arrangements/" + id + "/delete").with(csrf())).hasStatus3xxRedirection();
		assertThat(arrangements.ofYear(2028)).isEmpty();
		assertThat(calendar.isWorkingDay(LocalDate.of(2028, 3, 7))).isTrue();
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void aMistakeIsExplainedAndTheFormKeepsWhatWasTyped() {
		assertThat(mvc.post().uri("/calendar/admin/arrangements").with(csrf())
			.param("year", "2028").param("occasion", "OTHER").param("sourceDocument", "QĐ 3")
			.param("days", "2028-03-04 DAY_OFF Thứ Bảy | Saturday")).hasStatusOk().bodyText()
			.contains("days[0].kind")
			.contains("2028-03-04 DAY_OFF Thứ Bảy | Saturday");
		assertThat(mvc.post().uri("/calendar/admin/arrangements").with(csrf())
			.param("year", "2028").param("occasion", "OTHER").param("sourceDocument", "QĐ 3")
			.param("days", "ngày mai nghỉ")).hasStatusOk().bodyText().contains("days[0]");
	}
}
