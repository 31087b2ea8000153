package org.thongsuot.calendar;

import java.util.List;

/**
 * A year's holidays and arranged days, in date order.
 *
 * @param year the solar year
 * @param days every entry that changes the weekly pattern, sorted by date
 * @param officialOccasions occasions whose days come from an official arrangement; the others follow
 * the module's default rule
 */
public record YearHolidays(int year, List<CalendarDay> days, List<Occasion> officialOccasions) {

	public YearHolidays {
		days = List.copyOf(days);
		officialOccasions = List.copyOf(officialOccasions);
	}

	/** Whether every entry of the year comes from an official arrangement. */
	public boolean fullyOfficial() {
		return days.stream().allMatch(CalendarDay::official);
	}
}
