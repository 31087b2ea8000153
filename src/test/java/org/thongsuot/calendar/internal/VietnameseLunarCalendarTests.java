package org.thongsuot.calendar.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.thongsuot.calendar.CalendarRangeException;
import org.thongsuot.calendar.InvalidLunarDateException;
import org.thongsuot.calendar.LunarDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VietnameseLunarCalendarTests {

	private static final String REFERENCE = "/reference-data/holidays/vn_holiday_base_dates_2020_2050.csv";

	private final VietnameseLunarCalendar lunar = new VietnameseLunarCalendar();

	@ParameterizedTest(name = "Tết {0} is {1} in Vietnam")
	@CsvSource({
			// Years where Chinese-calendar libraries (UTC+8) give another day.
			"1985, 1985-01-21", "2007, 2007-02-17", "2030, 2030-02-02",
			"2020, 2020-01-25", "2024, 2024-02-10", "2025, 2025-01-29", "2026, 2026-02-17", "2027, 2027-02-06" })
	void lunarNewYearFallsOnTheVietnameseDate(int year, LocalDate tet) {
		assertThat(lunar.toSolar(new LunarDate(1, 1, year, false))).isEqualTo(tet);
		assertThat(lunar.toLunar(tet)).isEqualTo(new LunarDate(1, 1, year, false));
		assertThat(lunar.toLunar(tet.minusDays(1)).month()).isEqualTo(12);
	}

	@ParameterizedTest(name = "lunar year {0} repeats month {1}")
	@CsvSource({ "2012, 4", "2014, 9", "2017, 6", "2020, 4", "2023, 2", "2025, 6", "2028, 5", "2033, 11" })
	void leapMonthsAreTheMonthsWithoutAMajorSolarTerm(int year, int leapMonth) {
		assertThat(lunar.leapMonthOf(year)).hasValue(leapMonth);
	}

	@ParameterizedTest(name = "lunar year {0} has no leap month")
	@CsvSource({ "2019", "2021", "2022", "2024", "2026", "2027" })
	void commonYearsHaveNoLeapMonth(int year) {
		assertThat(lunar.leapMonthOf(year)).isEmpty();
	}

	@Test
	void theLeapSixthMonthOf2025FollowsTheRegularOne() {
		LocalDate regular = lunar.toSolar(new LunarDate(1, 6, 2025, false));
		LocalDate leap = lunar.toSolar(new LunarDate(1, 6, 2025, true));
		assertThat(regular).isEqualTo(LocalDate.of(2025, 6, 25));
		assertThat(leap).isEqualTo(LocalDate.of(2025, 7, 25));
		assertThat(lunar.toLunar(LocalDate.of(2025, 8, 1))).isEqualTo(new LunarDate(8, 6, 2025, true));
	}

	@Test
	void hungKingsDay2026IsASunday() {
		assertThat(lunar.toSolar(new LunarDate(10, 3, 2026, false))).isEqualTo(LocalDate.of(2026, 4, 26));
	}

	@ParameterizedTest(name = "{0} is the year {1}")
	@CsvSource({ "2026, Bính Ngọ", "2025, Ất Tỵ", "1985, Ất Sửu", "2000, Canh Thìn", "1900, Canh Tý", "2100, Canh Thân" })
	void namesTheYearBySexagenaryCycle(int year, String name) {
		assertThat(new LunarDate(1, 1, year, false).canChiYear()).isEqualTo(name);
	}

	static Stream<Arguments> referenceRows() throws IOException {
		try (Reader reader = new InputStreamReader(
				VietnameseLunarCalendarTests.class.getResourceAsStream(REFERENCE), StandardCharsets.UTF_8)) {
			List<Arguments> rows = new ArrayList<>();
			for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
				rows.add(Arguments.of(Integer.parseInt(row.get("year")), row.get("base_rule"), row.get("date"),
						row.get("weekday")));
			}
			return rows.stream();
		}
	}

	@ParameterizedTest(name = "{0} {1} = {2}")
	@MethodSource("referenceRows")
	void agreesWithEveryRowOfTheReferenceTable(int year, String rule, String date, String weekday) {
		LocalDate computed = switch (rule) {
			case "1/1" -> LocalDate.of(year, 1, 1);
			case "30/4" -> LocalDate.of(year, 4, 30);
			case "1/5" -> LocalDate.of(year, 5, 1);
			case "2/9" -> LocalDate.of(year, 9, 2);
			case "1/1 âm lịch" -> lunar.toSolar(new LunarDate(1, 1, year, false));
			case "2/1 âm lịch" -> lunar.toSolar(new LunarDate(2, 1, year, false));
			case "3/1 âm lịch" -> lunar.toSolar(new LunarDate(3, 1, year, false));
			case "4/1 âm lịch" -> lunar.toSolar(new LunarDate(4, 1, year, false));
			case "10/3 âm lịch" -> lunar.toSolar(new LunarDate(10, 3, year, false));
			default -> {
				if (rule.startsWith("last day of lunar year")) {
					yield lunar.toSolar(new LunarDate(1, 1, year, false)).minusDays(1);
				}
				// The adjacent day of 2/9 is left blank in the table: the Prime Minister picks it.
				assertThat(rule).startsWith("1/9 hoặc 3/9");
				assertThat(StatutoryHolidays.nationalDayAdjacent(year))
					.isIn(LocalDate.of(year, 9, 1), LocalDate.of(year, 9, 3));
				yield null;
			}
		};
		if (computed != null) {
			assertThat(computed).isEqualTo(LocalDate.parse(date));
			assertThat(computed.getDayOfWeek().name()).isEqualTo(weekday);
		}
	}

	static IntStream seededRandomDays() {
		int first = (int) LocalDate.of(1900, 1, 1).toEpochDay();
		int last = (int) LocalDate.of(2100, 12, 31).toEpochDay();
		return new Random(20261123L).ints(2_000, first, last + 1);
	}

	@ParameterizedTest
	@MethodSource("seededRandomDays")
	void solarToLunarToSolarIsTheIdentity(int epochDay) {
		LocalDate date = LocalDate.ofEpochDay(epochDay);
		LunarDate lunarDate = lunar.toLunar(date);
		assertThat(lunar.toSolar(lunarDate)).as("%s → %s", date, lunarDate).isEqualTo(date);
	}

	@Test
	void consecutiveDaysAdvanceTheLunarDateByOneDayOrStartANewMonthOverTheWholeRange() {
		LunarDate previous = lunar.toLunar(LocalDate.of(1900, 1, 1));
		for (LocalDate day = LocalDate.of(1900, 1, 2); day.getYear() <= 2100; day = day.plusDays(1)) {
			LunarDate current = lunar.toLunar(day);
			if (current.day() == 1) {
				assertThat(previous.day()).as("month before %s", day).isIn(29, 30);
				boolean sameMonthNumber = current.month() == previous.month();
				assertThat(sameMonthNumber ? current.leap() && !previous.leap()
						: current.month() == previous.month() % 12 + 1 && !current.leap())
					.as("%s follows %s on %s", current, previous, day)
					.isTrue();
				assertThat(current.year()).isEqualTo(current.month() == 1 && !current.leap() ? previous.year() + 1 : previous.year());
			}
			else {
				assertThat(current).isEqualTo(new LunarDate(previous.day() + 1, previous.month(), previous.year(), previous.leap()));
			}
			previous = current;
		}
	}

	@ParameterizedTest(name = "{0} is the last day of a month, not day 0 of the next")
	@CsvSource({ "2054-05-07", "2062-04-09" })
	void stepsBackMoreThanOneLunationWhenTheTrueNewMoonStraysFromTheMeanOne(LocalDate date) {
		LunarDate lunarDate = lunar.toLunar(date);
		assertThat(lunarDate.day()).isIn(29, 30);
		assertThat(lunar.toLunar(date.plusDays(1)).day()).isEqualTo(1);
	}

	@Test
	void refusesTheThirtiethOfAShortMonth() {
		// Tháng Chạp of Ất Tỵ has 29 days: 2026-02-16 is its last day.
		assertThat(lunar.toLunar(LocalDate.of(2026, 2, 16))).isEqualTo(new LunarDate(29, 12, 2025, false));
		assertThatThrownBy(() -> lunar.toSolar(new LunarDate(30, 12, 2025, false)))
			.isInstanceOf(InvalidLunarDateException.class)
			.hasMessageContaining("29 days");
	}

	@Test
	void refusesALeapMonthTheYearDoesNotHave() {
		assertThatThrownBy(() -> lunar.toSolar(new LunarDate(1, 5, 2025, true)))
			.isInstanceOf(InvalidLunarDateException.class)
			.hasMessageContaining("leap");
		assertThatThrownBy(() -> lunar.toSolar(new LunarDate(1, 5, 2026, true)))
			.isInstanceOf(InvalidLunarDateException.class);
	}

	@Test
	void refusesDatesOutsideTheSupportedRange() {
		assertThatThrownBy(() -> lunar.toLunar(LocalDate.of(1899, 12, 31))).isInstanceOf(CalendarRangeException.class);
		assertThatThrownBy(() -> lunar.toLunar(LocalDate.of(2101, 1, 1))).isInstanceOf(CalendarRangeException.class);
		assertThat(lunar.toLunar(LocalDate.of(1900, 1, 1)).year()).isEqualTo(1899);
		assertThat(lunar.toLunar(LocalDate.of(2100, 12, 31)).year()).isEqualTo(2100);
	}

	@Test
	void julianDayNumbersMatchJavaTime() {
		for (LocalDate day = LocalDate.of(1900, 1, 1); day.getYear() <= 2100; day = day.plusDays(37)) {
			int jd = LunarAstronomy.jdFromDate(day.getDayOfMonth(), day.getMonthValue(), day.getYear());
			assertThat(jd).isEqualTo(day.toEpochDay() + 2440588);
			assertThat(LunarAstronomy.jdToDate(jd)).containsExactly(day.getDayOfMonth(), day.getMonthValue(), day.getYear());
		}
	}
}
