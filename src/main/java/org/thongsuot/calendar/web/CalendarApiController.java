package org.thongsuot.calendar.web;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.thongsuot.calendar.CalendarDay;
import org.thongsuot.calendar.CalendarRangeException;
import org.thongsuot.calendar.DayKind;
import org.thongsuot.calendar.DeadlineCalculation;
import org.thongsuot.calendar.Holidays;
import org.thongsuot.calendar.LunarCalendar;
import org.thongsuot.calendar.LunarDate;
import org.thongsuot.calendar.Occasion;
import org.thongsuot.calendar.Pause;
import org.thongsuot.calendar.SkippedDay;
import org.thongsuot.calendar.WorkingBudget;
import org.thongsuot.calendar.WorkingCalendar;
import org.thongsuot.calendar.YearHolidays;

@Tag(name = "Calendar", description = "Public holidays, the yearly arrangement, deadlines in working time, lunar dates")
@RestController
@RequestMapping("/api/calendar")
class CalendarApiController {

	private final Holidays holidays;

	private final WorkingCalendar calendar;

	private final LunarCalendar lunar;

	CalendarApiController(Holidays holidays, WorkingCalendar calendar, LunarCalendar lunar) {
		this.holidays = holidays;
		this.calendar = calendar;
		this.lunar = lunar;
	}

	@Operation(summary = "The statutory holidays and the arrangement of a year",
			description = "Every date that departs from the weekly pattern: holidays (Labour Code 2019, art. 112), "
					+ "days off and working days of the arrangement, days in lieu. Each says where it comes from and "
					+ "whether it is official or the module's default rule (no official arrangement entered yet).")
	@GetMapping("/holidays")
	HolidaysView holidays(@Parameter(description = "Solar year, 1900–2100", example = "2026") @RequestParam int year) {
		CalendarRangeException.requireSupported("year", year);
		return HolidaysView.of(holidays.holidaysOf(year));
	}

	@Operation(summary = "The deadline of a dossier received at a moment",
			description = "Give exactly one of workingDays and workingHours. A receipt at or after the cut-off time, "
					+ "or on a non-working day, counts from the next working day; a budget that ends exactly at an "
					+ "opening ends at the previous closing. Optional pauses stop the clock.")
	@GetMapping("/deadline")
	DeadlineView deadline(
			@Parameter(description = "Receipt moment, ISO 8601: local (Asia/Ho_Chi_Minh) or with an offset",
					example = "2026-03-02T10:00") @RequestParam String start,
			@Parameter(description = "Processing time in working days (0–3660)", example = "3")
			@RequestParam(required = false) Long workingDays,
			@Parameter(description = "Processing time in working hours (0–87840)")
			@RequestParam(required = false) Long workingHours,
			@Parameter(description = "Stopped clock as from/to, ISO local date-times; repeatable",
					example = "2026-03-03T08:00/2026-03-04T08:00") @RequestParam(name = "pause", required = false) List<String> pauses) {
		LocalDateTime receivedAt = RequestParsing.moment("start", start, calendar.zone());
		WorkingBudget budget = budget(workingDays, workingHours);
		List<Pause> stops = new ArrayList<>();
		for (String pause : pauses == null ? List.<String>of() : pauses) {
			String[] ends = pause.split("/");
			if (ends.length != 2) {
				throw RequestParsing.invalid("pause", pause, "calendar.problem.pause");
			}
			stops.add(new Pause(RequestParsing.moment("pause", ends[0], calendar.zone()),
					RequestParsing.moment("pause", ends[1], calendar.zone())));
		}
		return DeadlineView.of(calendar.deadline(receivedAt, budget, stops), calendar);
	}

	@Operation(summary = "The Vietnamese lunar date of a solar date", description = "Computed at UTC+7; 1900–2100.")
	@GetMapping("/lunar")
	LunarView lunar(@Parameter(description = "Solar date YYYY-MM-DD", example = "2026-02-17") @RequestParam String date) {
		LocalDate solar = RequestParsing.date("date", date);
		return LunarView.of(solar, lunar.toLunar(solar));
	}

	private static WorkingBudget budget(Long workingDays, Long workingHours) {
		if (workingDays == null && workingHours == null) {
			throw RequestParsing.invalid("workingDays", "", "calendar.problem.budgetMissing");
		}
		if (workingDays != null && workingHours != null) {
			throw RequestParsing.invalid("workingHours", String.valueOf(workingHours), "calendar.problem.budgetBoth");
		}
		return workingDays != null ? WorkingBudget.days(workingDays) : WorkingBudget.hours(workingHours);
	}

	/** A year's holidays as the API shows them. */
	record HolidaysView(int year, List<Occasion> officialOccasions, List<DayView> days) {

		static HolidaysView of(YearHolidays year) {
			return new HolidaysView(year.year(), year.officialOccasions(), year.days().stream().map(DayView::of).toList());
		}
	}

	/**
	 * One entry. {@code basis} is OFFICIAL when the entry comes from an official arrangement or is fixed
	 * by the law itself, DEFAULT_RULE when the module computed it and no official arrangement exists yet.
	 */
	record DayView(LocalDate date, DayOfWeek weekday, DayKind kind, Occasion occasion, String nameVi, String nameEn,
			String source, boolean official, String basis) {

		static DayView of(CalendarDay day) {
			return new DayView(day.date(), day.date().getDayOfWeek(), day.kind(), day.occasion(), day.nameVi(),
					day.nameEn(), day.source(), day.official(), day.official() ? "OFFICIAL" : "DEFAULT_RULE");
		}
	}

	/** A deadline with its explanation; local times are in {@code zone}. */
	record DeadlineView(LocalDateTime start, LocalDateTime countingFrom, DeadlineCalculation.StartRule startRule,
			long budgetMinutes, long pausedMinutes, LocalDateTime deadline, OffsetDateTime deadlineWithOffset,
			String zone, List<SkippedView> skippedDays) {

		static DeadlineView of(DeadlineCalculation calculation, WorkingCalendar calendar) {
			return new DeadlineView(calculation.receivedAt(), calculation.countingFrom(), calculation.startRule(),
					minutes(calculation.budget()), minutes(calculation.paused()), calculation.deadline(),
					calculation.deadline().atZone(calendar.zone()).toOffsetDateTime(), calendar.zone().getId(),
					calculation.skippedDays().stream().map(SkippedView::of).toList());
		}

		private static long minutes(Duration duration) {
			return duration.toMinutes();
		}
	}

	/** A skipped day: {@code reason} is WEEKEND or the kind of the calendar entry. */
	record SkippedView(LocalDate date, DayOfWeek weekday, String reason, String nameVi, String nameEn) {

		static SkippedView of(SkippedDay day) {
			CalendarDay entry = day.entry();
			return entry == null ? new SkippedView(day.date(), day.date().getDayOfWeek(), "WEEKEND", null, null)
					: new SkippedView(day.date(), day.date().getDayOfWeek(), entry.kind().name(), entry.nameVi(),
							entry.nameEn());
		}
	}

	/** A lunar date; {@code text} is the short Vietnamese form, 15/4n/2020 for a leap month. */
	record LunarView(LocalDate date, int day, int month, int year, boolean leap, String canChiYear, String text) {

		static LunarView of(LocalDate solar, LunarDate date) {
			return new LunarView(solar, date.day(), date.month(), date.year(), date.leap(), date.canChiYear(),
					date.toString());
		}
	}
}
