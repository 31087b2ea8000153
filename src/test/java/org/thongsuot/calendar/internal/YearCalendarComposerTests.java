package org.thongsuot.calendar.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.thongsuot.calendar.CalendarDay;
import org.thongsuot.calendar.DayKind;
import org.thongsuot.calendar.Occasion;
import org.thongsuot.calendar.YearHolidays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thongsuot.calendar.internal.TestCalendars.WEEKEND;
import static org.thongsuot.calendar.internal.TestCalendars.arrangement;
import static org.thongsuot.calendar.internal.TestCalendars.day;

class YearCalendarComposerTests {

	private final YearCalendarComposer composer = TestCalendars.composer(WEEKEND);

	private static Map<LocalDate, CalendarDay> byDate(YearCalendar year) {
		return year.holidays().days().stream().collect(Collectors.toMap(CalendarDay::date, Function.identity()));
	}

	@Test
	void aYearWithoutArrangementHasTheElevenStatutoryHolidaysByDefaultRule() {
		YearHolidays year = composer.compose(2029, List.of()).holidays();
		assertThat(year.days()).filteredOn(d -> d.kind() == DayKind.HOLIDAY).hasSize(11);
		assertThat(year.officialOccasions()).isEmpty();
		assertThat(year.days()).filteredOn(d -> !d.official())
			.allSatisfy(d -> assertThat(d.source()).contains("quy tắc mặc định"));
	}

	@Test
	void tetDaysOnAWeekendGiveDaysInLieuOnTheFollowingWorkingDays() {
		// Tết Đinh Mùi 2027 is Saturday 6/2: default days Fri 5/2 – Tue 9/2, the weekend two in lieu.
		Map<LocalDate, CalendarDay> days = byDate(composer.compose(2027, List.of()));
		assertThat(days.get(LocalDate.of(2027, 2, 5)).kind()).isEqualTo(DayKind.HOLIDAY);
		assertThat(days.get(LocalDate.of(2027, 2, 9)).nameVi()).contains("mùng 4");
		assertThat(days.get(LocalDate.of(2027, 2, 10)).kind()).isEqualTo(DayKind.DAY_IN_LIEU);
		assertThat(days.get(LocalDate.of(2027, 2, 11)).kind()).isEqualTo(DayKind.DAY_IN_LIEU);
		assertThat(days.get(LocalDate.of(2027, 2, 11)).official()).isFalse();
		assertThat(days).doesNotContainKey(LocalDate.of(2027, 2, 12));
	}

	@Test
	void hungKingsDayOnASundayIsCompensatedOnMonday() {
		YearCalendar year = composer.compose(2026, List.of());
		assertThat(year.entry(LocalDate.of(2026, 4, 26)).kind()).isEqualTo(DayKind.HOLIDAY);
		assertThat(year.entry(LocalDate.of(2026, 4, 27)).kind()).isEqualTo(DayKind.DAY_IN_LIEU);
		assertThat(year.isWorkingDay(LocalDate.of(2026, 4, 27))).isFalse();
		assertThat(year.isWorkingDay(LocalDate.of(2026, 4, 28))).isTrue();
	}

	@Test
	void newYearOnASaturdayIsCompensatedOnMonday() {
		YearCalendar year = composer.compose(2028, List.of());
		assertThat(year.entry(LocalDate.of(2028, 1, 3)).kind()).isEqualTo(DayKind.DAY_IN_LIEU);
	}

	@ParameterizedTest(name = "{0}: 2/9 with {1}")
	@CsvSource({ "2021, 2021-09-03", "2022, 2022-09-01", "2023, 2023-09-01", "2024, 2024-09-03", "2025, 2025-09-01",
			"2026, 2026-09-01" })
	void theDefaultAdjacentDayOfNationalDayMatchesTheOfficialChoicesOf2021To2026(int year, LocalDate adjacent) {
		assertThat(StatutoryHolidays.nationalDayAdjacent(year)).isEqualTo(adjacent);
	}

	@Test
	void anArrangementReplacesTheDefaultDaysOfItsOccasionAsAWhole() {
		YearCalendar year = composer.compose(2025, List.of(TestCalendars.lunarNewYear2025()));
		// By default Tết 2025 would be 28/1 – 1/2 with Saturday 1/2 compensated on Monday 3/2.
		assertThat(year.entry(LocalDate.of(2025, 2, 1))).isNull();
		assertThat(year.isWorkingDay(LocalDate.of(2025, 2, 3))).isTrue();
		assertThat(year.isWorkingDay(LocalDate.of(2025, 1, 27))).isFalse();
		assertThat(year.entry(LocalDate.of(2025, 1, 27)).official()).isTrue();
		assertThat(year.entry(LocalDate.of(2025, 1, 27)).source()).contains("Thông báo thử nghiệm");
		assertThat(year.holidays().officialOccasions()).containsExactly(Occasion.LUNAR_NEW_YEAR);
		// Other occasions keep their defaults.
		assertThat(year.entry(LocalDate.of(2025, 4, 30)).official()).isTrue();
		assertThat(year.entry(LocalDate.of(2025, 9, 1)).official()).isFalse();
	}

	@Test
	void aSwappedSaturdayIsAWorkingDayAndTheSwappedWeekdayIsNot() {
		YearCalendar year = composer.compose(2025, List.of(TestCalendars.reunification2025()));
		assertThat(year.isWorkingDay(LocalDate.of(2025, 4, 26))).isTrue();
		assertThat(year.isWorkingDay(LocalDate.of(2025, 5, 2))).isFalse();
		assertThat(year.entry(LocalDate.of(2025, 4, 26)).kind()).isEqualTo(DayKind.WORKING_DAY);
	}

	@Test
	void anArrangementOfTheNextYearMayReachBackIntoDecember() {
		var newYear2019 = arrangement(2019, Occasion.NEW_YEAR, day("2018-12-31", DayKind.DAY_OFF),
				day("2019-01-01", DayKind.HOLIDAY), day("2019-01-05", DayKind.WORKING_DAY));
		assertThat(composer.compose(2018, List.of(newYear2019)).isWorkingDay(LocalDate.of(2018, 12, 31))).isFalse();
		assertThat(composer.compose(2019, List.of(newYear2019)).isWorkingDay(LocalDate.of(2019, 1, 5))).isTrue();
	}

	@Test
	void aOneSidedWeekendMakesSaturdayAWorkingDay() {
		YearCalendar year = TestCalendars.composer(java.util.Set.of(DayOfWeek.SUNDAY)).compose(2026, List.of());
		assertThat(year.isWorkingDay(LocalDate.of(2026, 5, 2))).isTrue();
		assertThat(year.isWorkingDay(LocalDate.of(2026, 5, 3))).isFalse();
	}

	@Test
	void everyYearOfTheRangeGivesElevenWeekdaysOffByDefault() {
		// Each statutory holiday closes one weekday: its own date, or its day in lieu.
		for (int y = 1900; y <= 2100; y++) {
			YearCalendar year = composer.compose(y, List.of());
			long weekdaysOff = year.holidays().days().stream()
				.filter(d -> d.closed() && !WEEKEND.contains(d.date().getDayOfWeek()))
				.count();
			assertThat(weekdaysOff).as("year %d", y).isEqualTo(11);
		}
	}

	@Test
	void twoHolidaysOnOneDateCostADayThatIsCompensated() {
		// In 1947 lunar 10/3 fell on 30/4, a Wednesday: the next free working day is Friday 2/5.
		YearCalendar year = composer.compose(1947, List.of());
		assertThat(year.entry(LocalDate.of(1947, 4, 30)).occasion()).isEqualTo(Occasion.HUNG_KINGS);
		assertThat(year.entry(LocalDate.of(1947, 5, 2)).kind()).isEqualTo(DayKind.DAY_IN_LIEU);
	}
}
