package org.thongsuot.calendar.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.thongsuot.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class CalendarPagesTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void theYearPageShowsHolidaysWithTheirSourcesInVietnamese() {
		assertThat(mvc.get().uri("/calendar?year=2026")).hasStatusOk().bodyText()
			.contains("Lịch làm việc năm 2026")
			.contains("Tết Âm lịch (mùng 1 tháng Giêng)")
			.contains("9441/TB-BNV")
			.contains("Làm bù")
			.contains("âm lịch")
			.contains("hx-get=\"/calendar/deadline\"");
	}

	@Test
	void theYearPageSpeaksEnglishOnTheSwitch() {
		assertThat(mvc.get().uri("/calendar?year=2026&lang=en")).hasStatusOk().bodyText()
			.contains("Working calendar 2026")
			.contains("Lunar New Year (1st day of the 1st lunar month)")
			.contains("Swapped working day");
	}

	@Test
	void aYearWithoutArrangementSaysSo() {
		assertThat(mvc.get().uri("/calendar?year=2030")).hasStatusOk().bodyText()
			.contains("chưa có lịch nghỉ chính thức");
	}

	@Test
	void theCalculatorAnswersAnHtmxRequestWithAFragment() {
		assertThat(mvc.get().uri("/calendar/deadline?start=2026-02-13T10:00&amount=1&unit=DAYS").header("HX-Request", "true"))
			.hasStatusOk().bodyText()
			.contains("10:00 23/02/2026")
			.contains("Tết Âm lịch (mùng 1 tháng Giêng)")
			.doesNotContain("<html");
	}

	@Test
	void theCalculatorWorksWithoutJavaScriptToo() {
		assertThat(mvc.get().uri("/calendar/deadline?start=2026-03-02T16:30&amount=1&unit=DAYS")).hasStatusOk().bodyText()
			.contains("<html")
			.contains("17:00 03/03/2026")
			.contains("sau giờ chốt");
	}

	@Test
	void theCalculatorExplainsBadInputInsteadOfFailing() {
		assertThat(mvc.get().uri("/calendar/deadline?start=nonsense&amount=1&unit=DAYS").header("HX-Request", "true"))
			.hasStatusOk().bodyText().contains("Hãy nhập thời điểm tiếp nhận hợp lệ");
		assertThat(mvc.get().uri("/calendar/deadline?start=2026-03-02T10:00&amount=-4&unit=DAYS").header("HX-Request", "true"))
			.hasStatusOk().bodyText().contains("Hãy nhập thời hạn");
	}

	@Test
	void aYearOutsideTheCalendarIsA400Page() {
		assertThat(mvc.get().uri("/calendar?year=3000")).hasStatus(400);
	}
}
