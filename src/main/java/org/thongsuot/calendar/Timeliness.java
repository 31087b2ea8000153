package org.thongsuot.calendar;

import java.time.Duration;

/**
 * How a completion compares with its deadline.
 *
 * @param status early, on time or late
 * @param margin the working time between completion and deadline (how early, or how late); a
 * completion outside office hours right after the deadline is late by zero working time
 * @param workingDays whole working days in {@code margin}
 * @param remainder what is left of {@code margin} after the whole working days
 */
public record Timeliness(Status status, Duration margin, long workingDays, Duration remainder) {

	/** The three categories of the one-stop reports (trước hạn, đúng hạn, quá hạn). */
	public enum Status {

		/** Completed on a day before the deadline's day. */
		EARLY,

		/** Completed on the deadline's day, at or before the deadline. */
		ON_TIME,

		/** Completed after the deadline. */
		LATE
	}
}
