package org.thongsuot.calendar;

import java.time.Duration;

/**
 * A processing time limit: whole working days, working time, or both (a budget of 2 working days
 * and 4 hours). A working day is worth the configured office hours of one day.
 */
public record WorkingBudget(long workingDays, Duration workingTime) {

	/** Far beyond any procedure's limit; keeps a typo from walking the calendar for centuries. */
	public static final long MAX_WORKING_DAYS = 3660;

	public WorkingBudget {
		if (workingTime == null) {
			workingTime = Duration.ZERO;
		}
		if (workingDays < 0) {
			throw new InvalidBudgetException("workingDays", "must not be negative, was " + workingDays);
		}
		if (workingDays > MAX_WORKING_DAYS) {
			throw new InvalidBudgetException("workingDays", "must be at most " + MAX_WORKING_DAYS + ", was " + workingDays);
		}
		if (workingTime.isNegative()) {
			throw new InvalidBudgetException("workingTime", "must not be negative, was " + workingTime);
		}
		if (workingTime.toHours() > MAX_WORKING_DAYS * 24) {
			throw new InvalidBudgetException("workingTime", "must be at most " + MAX_WORKING_DAYS * 24 + " hours");
		}
	}

	public static WorkingBudget days(long workingDays) {
		return new WorkingBudget(workingDays, Duration.ZERO);
	}

	public static WorkingBudget hours(long workingHours) {
		if (workingHours < 0) {
			throw new InvalidBudgetException("workingHours", "must not be negative, was " + workingHours);
		}
		if (workingHours > MAX_WORKING_DAYS * 24) {
			throw new InvalidBudgetException("workingHours", "must be at most " + MAX_WORKING_DAYS * 24 + ", was " + workingHours);
		}
		return new WorkingBudget(0, Duration.ofHours(workingHours));
	}

	public static WorkingBudget of(Duration workingTime) {
		return new WorkingBudget(0, workingTime);
	}

	/** The whole budget as working time, given the length of one working day. */
	public Duration total(Duration workingDayLength) {
		return workingDayLength.multipliedBy(workingDays).plus(workingTime);
	}

	/** Thrown for a negative or absurdly large budget. */
	public static class InvalidBudgetException extends CalendarException {

		public InvalidBudgetException(String parameter, String reason) {
			super(parameter, reason);
		}
	}
}
