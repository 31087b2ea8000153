package org.thongsuot.calendar.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.thongsuot.calendar.DayKind;
import org.thongsuot.calendar.DeadlineCalculation;
import org.thongsuot.calendar.DeadlineCalculation.StartRule;
import org.thongsuot.calendar.SkippedDay;
import org.thongsuot.calendar.Timeliness;
import org.thongsuot.calendar.WorkingBudget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeadlineTests {

	private final DefaultWorkingCalendar calendar = TestCalendars.workingCalendar(TestCalendars.reunification2025());

	private static LocalDateTime at(String text) {
		return LocalDateTime.parse(text);
	}

	@ParameterizedTest(name = "received {0}: counted from {1} ({2}), 1 working day → {3}")
	@CsvSource({ "2026-03-02T15:59, 2026-03-02T15:59, IN_OFFICE_HOURS, 2026-03-03T15:59",
			"2026-03-02T16:00, 2026-03-03T07:30, AFTER_CUT_OFF, 2026-03-03T17:00",
			"2026-03-02T16:45, 2026-03-03T07:30, AFTER_CUT_OFF, 2026-03-03T17:00",
			"2026-03-02T06:50, 2026-03-02T07:30, OUTSIDE_OFFICE_HOURS, 2026-03-02T17:00",
			"2026-03-02T12:00, 2026-03-02T13:30, OUTSIDE_OFFICE_HOURS, 2026-03-03T11:30",
			"2026-03-07T10:00, 2026-03-09T07:30, NON_WORKING_DAY, 2026-03-09T17:00",
			"2025-04-30T09:00, 2025-05-05T07:30, NON_WORKING_DAY, 2025-05-05T17:00" })
	void aReceiptAfterTheCutOffOrOnANonWorkingDayCountsFromTheNextWorkingDay(LocalDateTime received,
			LocalDateTime countingFrom, StartRule rule, LocalDateTime deadline) {
		DeadlineCalculation calculation = calendar.deadline(received, WorkingBudget.days(1), List.of());
		assertThat(calculation.countingFrom()).isEqualTo(countingFrom);
		assertThat(calculation.startRule()).isEqualTo(rule);
		assertThat(calculation.deadline()).isEqualTo(deadline);
		assertThat(calculation.budget()).isEqualTo(Duration.ofMinutes(450));
	}

	@Test
	void listsTheSkippedDaysWithTheirReasons() {
		DeadlineCalculation calculation = calendar.deadline(at("2025-04-29T10:00"), WorkingBudget.days(2), List.of());
		assertThat(calculation.deadline()).isEqualTo(at("2025-05-06T10:00"));
		assertThat(calculation.skippedDays()).extracting(SkippedDay::date)
			.containsExactly(LocalDate.of(2025, 4, 30), LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 2),
					LocalDate.of(2025, 5, 3), LocalDate.of(2025, 5, 4));
		assertThat(calculation.skippedDays().get(0).entry().kind()).isEqualTo(DayKind.HOLIDAY);
		assertThat(calculation.skippedDays().get(2).entry().kind()).isEqualTo(DayKind.DAY_OFF);
		assertThat(calculation.skippedDays().get(3).weekend()).isTrue();
	}

	@Test
	void acceptsAReceiptMomentInAnotherZone() {
		ZonedDateTime utc = ZonedDateTime.of(2026, 3, 2, 2, 0, 0, 0, ZoneOffset.UTC); // 09:00 in Hà Nội
		assertThat(calendar.deadline(utc, WorkingBudget.hours(2), List.of()).deadline()).isEqualTo(at("2026-03-02T11:00"));
	}

	@Test
	void budgetsMayMixDaysAndHours() {
		assertThat(calendar.deadline(at("2026-03-02T07:30"), new WorkingBudget(1, Duration.ofHours(1)), List.of()).deadline())
			.isEqualTo(at("2026-03-03T08:30"));
	}

	@Test
	void refusesNegativeOrAbsurdBudgets() {
		assertThatThrownBy(() -> WorkingBudget.days(-1)).hasMessageContaining("workingDays");
		assertThatThrownBy(() -> WorkingBudget.days(1_000_000)).hasMessageContaining("at most");
		assertThatThrownBy(() -> WorkingBudget.hours(-3)).hasMessageContaining("workingHours");
	}

	@Test
	void aCompletionOnAnEarlierDayIsEarlyByTheWorkingTimeLeft() {
		Timeliness timeliness = calendar.timeliness(at("2026-03-05T17:00"), at("2026-03-03T15:00"));
		assertThat(timeliness.status()).isEqualTo(Timeliness.Status.EARLY);
		// Tuesday 15:00–17:00, Wednesday, Thursday: 2 h + 7 h 30 + 7 h 30.
		assertThat(timeliness.workingDays()).isEqualTo(2);
		assertThat(timeliness.remainder()).isEqualTo(Duration.ofHours(2));
	}

	@Test
	void aCompletionOnTheDeadlinesDayBeforeItIsOnTime() {
		Timeliness timeliness = calendar.timeliness(at("2026-03-05T17:00"), at("2026-03-05T16:00"));
		assertThat(timeliness.status()).isEqualTo(Timeliness.Status.ON_TIME);
		assertThat(timeliness.margin()).isEqualTo(Duration.ofHours(1));
		assertThat(calendar.timeliness(at("2026-03-05T17:00"), at("2026-03-05T17:00")).status())
			.isEqualTo(Timeliness.Status.ON_TIME);
	}

	@Test
	void aCompletionAfterTheDeadlineIsLateByTheWorkingTimeOver() {
		Timeliness timeliness = calendar.timeliness(at("2026-03-05T17:00"), at("2026-03-10T09:30"));
		assertThat(timeliness.status()).isEqualTo(Timeliness.Status.LATE);
		// Friday, Monday, Tuesday 07:30–09:30.
		assertThat(timeliness.workingDays()).isEqualTo(2);
		assertThat(timeliness.remainder()).isEqualTo(Duration.ofHours(2));
		assertThat(calendar.timeliness(at("2026-03-05T17:00"), at("2026-03-05T19:00")).status())
			.isEqualTo(Timeliness.Status.LATE);
	}
}
