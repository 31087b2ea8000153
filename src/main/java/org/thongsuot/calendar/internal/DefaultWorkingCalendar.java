package org.thongsuot.calendar.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.thongsuot.calendar.DeadlineCalculation;
import org.thongsuot.calendar.DeadlineCalculation.StartRule;
import org.thongsuot.calendar.Pause;
import org.thongsuot.calendar.SkippedDay;
import org.thongsuot.calendar.Timeliness;
import org.thongsuot.calendar.WorkingBudget;
import org.thongsuot.calendar.WorkingCalendar;

/** The working calendar: resolved years from the cache, office hours and the receipt rules. */
final class DefaultWorkingCalendar implements WorkingCalendar {

	private final YearCalendars years;

	private final OfficeHours hours;

	private final LocalTime cutOff;

	private final ZoneId zone;

	private final WorkingTimeArithmetic arithmetic;

	DefaultWorkingCalendar(YearCalendars years, OfficeHours hours, LocalTime cutOff, ZoneId zone) {
		this.years = years;
		this.hours = hours;
		this.cutOff = cutOff;
		this.zone = zone;
		this.arithmetic = new WorkingTimeArithmetic(this::isWorkingDay, hours);
	}

	@Override
	public ZoneId zone() {
		return zone;
	}

	@Override
	public Duration workingDayLength() {
		return hours.dayLength();
	}

	@Override
	public boolean isWorkingDay(LocalDate date) {
		return years.get(date.getYear()).isWorkingDay(date);
	}

	@Override
	public LocalDate nextWorkingDay(LocalDate date) {
		LocalDate next = date.plusDays(1);
		while (!isWorkingDay(next)) {
			next = next.plusDays(1);
		}
		return next;
	}

	@Override
	public LocalDateTime addWorkingDays(LocalDateTime from, long workingDays) {
		return addWorkingTime(from, WorkingBudget.days(workingDays).total(workingDayLength()));
	}

	@Override
	public LocalDateTime addWorkingTime(LocalDateTime from, Duration workingTime) {
		return arithmetic.add(from, WorkingBudget.of(workingTime).workingTime(), List.of());
	}

	@Override
	public Duration workingTimeBetween(LocalDateTime from, LocalDateTime to) {
		return arithmetic.between(from, to, List.of());
	}

	@Override
	public Duration workingTimeBetween(LocalDateTime from, LocalDateTime to, List<Pause> pauses) {
		return arithmetic.between(from, to, pauses);
	}

	@Override
	public DeadlineCalculation deadline(LocalDateTime receivedAt, WorkingBudget budget, List<Pause> pauses) {
		LocalDate day = receivedAt.toLocalDate();
		LocalDateTime countingFrom;
		StartRule rule;
		if (!isWorkingDay(day)) {
			countingFrom = nextWorkingDay(day).atTime(hours.opening());
			rule = StartRule.NON_WORKING_DAY;
		}
		else if (!receivedAt.toLocalTime().isBefore(cutOff)) {
			countingFrom = nextWorkingDay(day).atTime(hours.opening());
			rule = StartRule.AFTER_CUT_OFF;
		}
		else {
			countingFrom = arithmetic.nextSegment(receivedAt).from();
			rule = countingFrom.equals(receivedAt) ? StartRule.IN_OFFICE_HOURS : StartRule.OUTSIDE_OFFICE_HOURS;
		}
		Duration total = budget.total(workingDayLength());
		LocalDateTime deadline = arithmetic.add(countingFrom, total, pauses);
		Duration paused = pauses.isEmpty() ? Duration.ZERO
				: arithmetic.between(countingFrom, deadline, List.of()).minus(total);
		return new DeadlineCalculation(receivedAt, countingFrom, rule, total, paused, deadline,
				skippedDays(countingFrom.toLocalDate(), deadline.toLocalDate()));
	}

	@Override
	public Timeliness timeliness(LocalDateTime deadline, LocalDateTime done) {
		Timeliness.Status status;
		Duration margin;
		if (done.isAfter(deadline)) {
			status = Timeliness.Status.LATE;
			margin = arithmetic.between(deadline, done, List.of());
		}
		else {
			status = done.toLocalDate().isBefore(deadline.toLocalDate()) ? Timeliness.Status.EARLY
					: Timeliness.Status.ON_TIME;
			margin = arithmetic.between(done, deadline, List.of());
		}
		long dayNanos = workingDayLength().toNanos();
		long days = margin.toNanos() / dayNanos;
		return new Timeliness(status, margin, days, margin.minus(workingDayLength().multipliedBy(days)));
	}

	private List<SkippedDay> skippedDays(LocalDate from, LocalDate to) {
		List<SkippedDay> skipped = new ArrayList<>();
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			YearCalendar year = years.get(day.getYear());
			if (!year.isWorkingDay(day)) {
				skipped.add(new SkippedDay(day, year.entry(day)));
			}
		}
		return skipped;
	}
}
