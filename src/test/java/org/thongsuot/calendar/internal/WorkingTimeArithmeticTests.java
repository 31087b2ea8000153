package org.thongsuot.calendar.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.thongsuot.calendar.CalendarRangeException;
import org.thongsuot.calendar.Pause;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkingTimeArithmeticTests {

	private final DefaultWorkingCalendar calendar = TestCalendars.workingCalendar(TestCalendars.reunification2025(),
			TestCalendars.lunarNewYear2025());

	private static LocalDateTime at(String text) {
		return LocalDateTime.parse(text);
	}

	@ParameterizedTest(name = "{0} + {1} working day(s) = {2}")
	@CsvSource({
			// 2026-03-02 is a Monday.
			"2026-03-02T10:00, 1, 2026-03-03T10:00",
			"2026-03-06T10:00, 1, 2026-03-09T10:00", // Friday → Monday over the weekend
			"2026-03-05T07:30, 1, 2026-03-05T17:00", // ends at an opening → the previous closing
			"2026-03-02T07:30, 5, 2026-03-06T17:00",
			"2026-03-02T13:30, 1, 2026-03-03T11:30", // ends at the afternoon opening → the morning's closing
			"2026-03-07T09:00, 1, 2026-03-09T17:00", // Saturday: starts at Monday's opening
			"2026-03-02T12:15, 1, 2026-03-03T11:30", // during the midday break: starts at 13:30
			"2026-03-02T18:00, 1, 2026-03-03T17:00", // after closing: starts the next morning
			"2025-04-29T10:00, 1, 2025-05-05T10:00", // 30/4, 1/5, the swapped 2/5 and a weekend skipped
			"2025-04-25T10:00, 1, 2025-04-26T10:00", // the swapped Saturday 26/4/2025 is worked
			"2025-01-24T10:00, 1, 2025-02-03T10:00" }) // Tết Ất Tỵ: 25/1–2/2 skipped
	void addsWorkingDaysOfOfficeTime(LocalDateTime from, long days, LocalDateTime expected) {
		assertThat(calendar.addWorkingDays(from, days)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0} + {1} = {2}")
	@CsvSource({ "2026-03-02T16:30, PT1H, 2026-03-03T08:00", "2026-03-02T11:00, PT1H, 2026-03-02T14:00",
			"2026-03-02T07:30, PT4H, 2026-03-02T11:30", "2026-03-02T07:30, PT4H1M, 2026-03-02T13:31",
			"2026-03-02T10:00, PT0S, 2026-03-02T10:00", "2026-03-02T07:30, PT15M, 2026-03-02T07:45" })
	void addsWorkingHoursAndMinutes(LocalDateTime from, Duration time, LocalDateTime expected) {
		assertThat(calendar.addWorkingTime(from, time)).isEqualTo(expected);
	}

	@Test
	void measuresTheWorkingTimeBetweenTwoMoments() {
		assertThat(calendar.workingTimeBetween(at("2026-03-02T07:30"), at("2026-03-06T17:00")))
			.isEqualTo(Duration.ofMinutes(5 * 450));
		assertThat(calendar.workingTimeBetween(at("2026-03-06T16:00"), at("2026-03-09T08:30"))).isEqualTo(Duration.ofHours(2));
		assertThat(calendar.workingTimeBetween(at("2026-03-09T08:30"), at("2026-03-06T16:00")))
			.isEqualTo(Duration.ofHours(-2));
		assertThat(calendar.workingTimeBetween(at("2026-03-07T08:00"), at("2026-03-08T20:00"))).isZero();
	}

	@Test
	void pausesStopTheClock() {
		// 2 working days from Monday 07:30; the clock stops from Monday 13:30 to Tuesday 11:30.
		List<Pause> pauses = List.of(new Pause(at("2026-03-02T13:30"), at("2026-03-03T11:30")));
		var calculation = calendar.deadline(at("2026-03-02T07:30"), org.thongsuot.calendar.WorkingBudget.days(2), pauses);
		assertThat(calculation.deadline()).isEqualTo(at("2026-03-04T17:00"));
		assertThat(calculation.paused()).isEqualTo(Duration.ofMinutes(450));
		assertThat(calendar.workingTimeBetween(at("2026-03-02T07:30"), at("2026-03-04T17:00"), pauses))
			.isEqualTo(Duration.ofMinutes(900));
	}

	@Test
	void overlappingPausesAreNotSubtractedTwice() {
		List<Pause> pauses = List.of(new Pause(at("2026-03-02T08:00"), at("2026-03-02T10:00")),
				new Pause(at("2026-03-02T09:00"), at("2026-03-02T11:00")), new Pause(at("2026-03-02T11:00"), at("2026-03-02T11:15")));
		assertThat(calendar.workingTimeBetween(at("2026-03-02T07:30"), at("2026-03-02T11:30"), pauses))
			.isEqualTo(Duration.ofMinutes(45));
	}

	@Test
	void refusesToWalkPastTheEndOf2100() {
		assertThatThrownBy(() -> calendar.addWorkingDays(at("2100-12-30T10:00"), 10))
			.isInstanceOf(CalendarRangeException.class);
	}

	static Stream<Arguments> seededMomentsAndBudgets() {
		Random random = new Random(61_2018L);
		long first = LocalDate.of(1901, 1, 1).toEpochDay();
		long span = LocalDate.of(2099, 1, 1).toEpochDay() - first;
		return Stream.generate(() -> {
			LocalDateTime start = LocalDate.ofEpochDay(first + (long) (random.nextDouble() * span))
				.atTime(LocalTime.ofSecondOfDay(random.nextInt(24 * 60) * 60L));
			Duration budget = Duration.ofMinutes(1 + random.nextInt(40 * 450));
			LocalDateTime pauseStart = start.plusHours(random.nextInt(24 * 20));
			Pause pause = new Pause(pauseStart, pauseStart.plusMinutes(random.nextInt(5 * 24 * 60)));
			return Arguments.of(start, budget, pause);
		}).limit(500);
	}

	@ParameterizedTest
	@MethodSource("seededMomentsAndBudgets")
	void theWorkingTimeUpToAComputedDeadlineIsExactlyTheBudget(LocalDateTime start, Duration budget, Pause pause) {
		LocalDateTime end = calendar.addWorkingTime(start, budget);
		assertThat(calendar.workingTimeBetween(start, end)).isEqualTo(budget);
		// A deadline never sits on an opening: the budget ran out at the closing before it.
		assertThat(TestCalendars.DEFAULT_HOURS.sessions()).noneMatch(s -> s.opens().equals(end.toLocalTime()));
		assertThat(calendar.isWorkingDay(end.toLocalDate())).isTrue();

		var paused = calendar.deadline(start, org.thongsuot.calendar.WorkingBudget.of(budget), List.of(pause));
		assertThat(calendar.workingTimeBetween(paused.countingFrom(), paused.deadline(), List.of(pause))).isEqualTo(budget);
		assertThat(paused.deadline()).isAfterOrEqualTo(calendar
			.deadline(start, org.thongsuot.calendar.WorkingBudget.of(budget), List.of()).deadline());
	}
}
