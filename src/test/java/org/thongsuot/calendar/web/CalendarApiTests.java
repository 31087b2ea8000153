package org.thongsuot.calendar.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.thongsuot.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class CalendarApiTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void holidaysOf2026ShowTheOfficialArrangementWithItsSources() {
		var json = assertThat(mvc.get().uri("/api/calendar/holidays?year=2026")).hasStatusOk().bodyJson();
		json.extractingPath("$.year").isEqualTo(2026);
		json.extractingPath("$.officialOccasions.length()").isEqualTo(5);
		json.extractingPath("$.days[?(@.date=='2026-02-17')].nameVi").asArray()
			.containsExactly("Tết Âm lịch (mùng 1 tháng Giêng)");
		json.extractingPath("$.days[?(@.date=='2026-02-17')].source").asArray()
			.singleElement().asString().contains("9441/TB-BNV").contains("Bộ Nội vụ");
		json.extractingPath("$.days[?(@.date=='2026-04-27')].kind").asArray().containsExactly("DAY_IN_LIEU");
		json.extractingPath("$.days[?(@.date=='2026-01-10')].kind").asArray().containsExactly("WORKING_DAY");
		json.extractingPath("$.days[?(@.date=='2026-08-31')].kind").asArray().containsExactly("DAY_OFF");
		json.extractingPath("$.days[?(@.basis=='DEFAULT_RULE')]").asArray().isEmpty();
	}

	@Test
	void holidaysOf2025ShowTetAsArrangedWithoutASwap() {
		var json = assertThat(mvc.get().uri("/api/calendar/holidays?year=2025")).hasStatusOk().bodyJson();
		json.extractingPath("$.days[?(@.occasion=='LUNAR_NEW_YEAR')].date").asArray()
			.containsExactly("2025-01-27", "2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31");
		json.extractingPath("$.days[?(@.date=='2025-04-26')].kind").asArray().containsExactly("WORKING_DAY");
		json.extractingPath("$.days[?(@.date=='2025-05-02')].source").asArray()
			.singleElement().asString().contains("6150/TB-LĐTBXH");
		json.extractingPath("$.days[?(@.date=='2025-09-01')].kind").asArray().containsExactly("HOLIDAY");
	}

	@Test
	void aYearWithoutArrangementIsMarkedDefaultRule() {
		var json = assertThat(mvc.get().uri("/api/calendar/holidays?year=2031")).hasStatusOk().bodyJson();
		json.extractingPath("$.officialOccasions").asArray().isEmpty();
		json.extractingPath("$.days[?(@.occasion=='LUNAR_NEW_YEAR' && @.kind=='HOLIDAY')].basis").asArray()
			.contains("DEFAULT_RULE");
	}

	@Test
	void deadlineSkipsTheArrangedDaysAndSaysWhy() {
		var json = assertThat(mvc.get().uri("/api/calendar/deadline?start=2026-02-13T10:00&workingDays=1"))
			.hasStatusOk().bodyJson();
		json.extractingPath("$.deadline").isEqualTo("2026-02-23T10:00:00");
		json.extractingPath("$.deadlineWithOffset").isEqualTo("2026-02-23T10:00:00+07:00");
		json.extractingPath("$.skippedDays.length()").isEqualTo(9);
		json.extractingPath("$.skippedDays[0].reason").isEqualTo("WEEKEND");
		json.extractingPath("$.skippedDays[2].reason").isEqualTo("HOLIDAY");
	}

	@Test
	void deadlineCountsAReceiptAfterTheCutOffFromTheNextWorkingDay() {
		var json = assertThat(mvc.get().uri("/api/calendar/deadline").param("start", "2026-03-02T16:30+07:00").param("workingHours", "8"))
			.hasStatusOk().bodyJson();
		json.extractingPath("$.startRule").isEqualTo("AFTER_CUT_OFF");
		json.extractingPath("$.countingFrom").isEqualTo("2026-03-03T07:30:00");
		json.extractingPath("$.deadline").isEqualTo("2026-03-04T08:00:00");
	}

	@Test
	void deadlineHonoursPauses() {
		var json = assertThat(mvc.get()
			.uri("/api/calendar/deadline?start=2026-03-02T07:30&workingDays=2&pause=2026-03-02T13:30/2026-03-03T11:30"))
			.hasStatusOk().bodyJson();
		json.extractingPath("$.deadline").isEqualTo("2026-03-04T17:00:00");
		json.extractingPath("$.pausedMinutes").isEqualTo(450);
	}

	@Test
	void lunarDateOfTetBinhNgo() {
		var json = assertThat(mvc.get().uri("/api/calendar/lunar?date=2026-02-17")).hasStatusOk().bodyJson();
		json.extractingPath("$.day").isEqualTo(1);
		json.extractingPath("$.month").isEqualTo(1);
		json.extractingPath("$.year").isEqualTo(2026);
		json.extractingPath("$.leap").isEqualTo(false);
		json.extractingPath("$.canChiYear").isEqualTo("Bính Ngọ");
	}

	@Test
	void lunarDateInALeapMonth() {
		var json = assertThat(mvc.get().uri("/api/calendar/lunar?date=2025-08-01")).hasStatusOk().bodyJson();
		json.extractingPath("$.month").isEqualTo(6);
		json.extractingPath("$.leap").isEqualTo(true);
	}

	@ParameterizedTest(name = "{0} → 400 naming {1} ({2})")
	@CsvSource(delimiter = '|', value = {
			"/api/calendar/holidays?year=1899 | year | DATE_OUT_OF_RANGE",
			"/api/calendar/holidays?year=2101 | year | DATE_OUT_OF_RANGE",
			"/api/calendar/holidays?year=abc | year | INVALID_PARAMETER",
			"/api/calendar/holidays | year | MISSING_PARAMETER",
			"/api/calendar/lunar?date=2025-02-30 | date | INVALID_PARAMETER",
			"/api/calendar/lunar?date=17/02/2026 | date | INVALID_PARAMETER",
			"/api/calendar/lunar?date=1800-01-01 | date | DATE_OUT_OF_RANGE",
			"/api/calendar/deadline?start=2026-03-02T10:00&workingDays=-1 | workingDays | INVALID_PARAMETER",
			"/api/calendar/deadline?start=2026-03-02T10:00&workingDays=999999999 | workingDays | INVALID_PARAMETER",
			"/api/calendar/deadline?start=2026-03-02T10:00&workingHours=-2 | workingHours | INVALID_PARAMETER",
			"/api/calendar/deadline?start=2026-03-02T10:00&workingDays=x | workingDays | INVALID_PARAMETER",
			"/api/calendar/deadline?start=2026-03-02T10:00 | workingDays | INVALID_PARAMETER",
			"/api/calendar/deadline?start=2026-03-02T10:00&workingDays=1&workingHours=2 | workingHours | INVALID_PARAMETER",
			"/api/calendar/deadline?start=2026-13-02T10:00&workingDays=1 | start | INVALID_PARAMETER",
			"/api/calendar/deadline?start=yesterday&workingDays=1 | start | INVALID_PARAMETER",
			"/api/calendar/deadline?workingDays=1 | start | MISSING_PARAMETER",
			"/api/calendar/deadline?start=2150-01-01T10:00&workingDays=1 | start | DATE_OUT_OF_RANGE",
			"/api/calendar/deadline?start=2100-12-30T10:00&workingDays=30 | deadline | DATE_OUT_OF_RANGE",
			"/api/calendar/deadline?start=2026-03-02T10:00&workingDays=1&pause=2026-03-03T10:00 | pause | INVALID_PARAMETER",
			"/api/calendar/deadline?start=2026-03-02T10:00&workingDays=1&pause=2026-03-04T10:00/2026-03-03T10:00 | pauses | INVALID_PARAMETER" })
	void badInputIsA400ProblemNamingTheParameter(String uri, String parameter, String code) {
		var result = assertThat(mvc.get().uri(uri).header(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE));
		result.hasStatus(400).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		var json = result.bodyJson();
		json.extractingPath("$.parameter").isEqualTo(parameter);
		json.extractingPath("$.code").isEqualTo(code);
		json.extractingPath("$.detail").asString().isNotBlank();
	}

	@Test
	void problemsAreInVietnameseByDefaultAndInEnglishOnRequest() {
		assertThat(mvc.get().uri("/api/calendar/lunar?date=2025-02-30")).hasStatus(400).bodyJson()
			.extractingPath("$.detail").asString().contains("không phải là một ngày có thật");
		assertThat(mvc.get().uri("/api/calendar/lunar?date=2025-02-30").header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.hasStatus(400).bodyJson()
			.extractingPath("$.detail").asString().contains("not a real date");
	}

	@Test
	void theApiIsDocumented() {
		var json = assertThat(mvc.get().uri("/v3/api-docs")).hasStatusOk().bodyJson();
		json.extractingPath("$.paths['/api/calendar/holidays'].get.summary").isNotNull();
		json.extractingPath("$.paths['/api/calendar/deadline'].get.summary").isNotNull();
		json.extractingPath("$.paths['/api/calendar/lunar'].get.summary").isNotNull();
		json.extractingPath("$.paths['/api/calendar/arrangements'].post.summary").isNotNull();
	}
}
