package org.thongsuot.calendar;

import java.time.LocalDate;

/**
 * A day a deadline skipped over, and why: a weekly rest day ({@code entry} null) or an entry of the
 * year's calendar (holiday, day off, day in lieu).
 */
public record SkippedDay(LocalDate date, CalendarDay entry) {

	/** True when the day was skipped only because it is a weekly rest day. */
	public boolean weekend() {
		return entry == null;
	}
}
