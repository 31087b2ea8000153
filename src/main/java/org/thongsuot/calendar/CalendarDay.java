package org.thongsuot.calendar;

import java.time.LocalDate;

/**
 * One entry of a year's calendar: a holiday, an arranged day off or working day, or a day in lieu.
 * Dates without an entry follow the weekly pattern (weekdays work, weekend days rest).
 *
 * @param date the solar date
 * @param kind what the entry does to the date
 * @param occasion the holiday it belongs to
 * @param nameVi Vietnamese name
 * @param nameEn English name
 * @param source the legal basis or the document that arranged it (number, date, issuer)
 * @param official true when the entry comes from an official arrangement (or the law fixes it with
 * nothing left to decide); false when the module computed it by its default rule and the authority's
 * arrangement for that year has not been entered
 */
public record CalendarDay(LocalDate date, DayKind kind, Occasion occasion, String nameVi, String nameEn,
		String source, boolean official) {

	/** Whether offices are closed that day. */
	public boolean closed() {
		return kind.closed();
	}
}
