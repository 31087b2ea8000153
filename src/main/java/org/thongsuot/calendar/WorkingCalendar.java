package org.thongsuot.calendar;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * Working days and working time: the weekly pattern, the public holidays and the yearly arrangement,
 * and the office hours. Local date-times are in {@link #zone()} (Asia/Ho_Chi_Minh by default);
 * convert at the edges with {@link ZonedDateTime#withZoneSameInstant}. Years 1900–2100.
 */
public interface WorkingCalendar {

	/** The zone every local date-time of this interface is in. */
	ZoneId zone();

	/** The office hours of one working day added up (7 h 30 min by default). */
	Duration workingDayLength();

	boolean isWorkingDay(LocalDate date);

	/** The first working day strictly after {@code date}. */
	LocalDate nextWorkingDay(LocalDate date);

	/**
	 * Adds whole working days of working time to a moment: Monday 10:00 plus one day is Tuesday 10:00.
	 * Pure arithmetic, no cut-off; a moment outside office hours starts at the next opening, and a
	 * result that would fall on an opening is the previous closing instead.
	 */
	LocalDateTime addWorkingDays(LocalDateTime from, long workingDays);

	/** Adds working time to a moment, like {@link #addWorkingDays}. */
	LocalDateTime addWorkingTime(LocalDateTime from, Duration workingTime);

	/** The working time between two moments; negative when {@code to} is before {@code from}. */
	Duration workingTimeBetween(LocalDateTime from, LocalDateTime to);

	/** The working time between two moments, less the working time inside the pauses. */
	Duration workingTimeBetween(LocalDateTime from, LocalDateTime to, List<Pause> pauses);

	/**
	 * The deadline of a dossier received at a moment with a processing time limit: the receipt rules
	 * apply (after the cut-off, or outside working days, counting starts on the next working day),
	 * and the working time inside the pauses does not count.
	 */
	DeadlineCalculation deadline(LocalDateTime receivedAt, WorkingBudget budget, List<Pause> pauses);

	/** {@link #deadline(LocalDateTime, WorkingBudget, List)} for a moment in any zone. */
	default DeadlineCalculation deadline(ZonedDateTime receivedAt, WorkingBudget budget, List<Pause> pauses) {
		return deadline(receivedAt.withZoneSameInstant(zone()).toLocalDateTime(), budget, pauses);
	}

	/** Whether a completion at {@code done} was early, on time or late against {@code deadline}. */
	Timeliness timeliness(LocalDateTime deadline, LocalDateTime done);
}
