package org.thongsuot.calendar;

/** The public holidays and the yearly arrangement, as other modules and the web layer read them. */
public interface Holidays {

	/**
	 * The statutory holidays of a year with that year's arrangement applied: official where an
	 * arrangement was entered, the default rule elsewhere.
	 * @throws CalendarRangeException outside 1900–2100
	 */
	YearHolidays holidaysOf(int year);
}
