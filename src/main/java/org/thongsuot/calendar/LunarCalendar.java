package org.thongsuot.calendar;

import java.time.LocalDate;
import java.util.OptionalInt;

/**
 * Conversion between the solar (Gregorian) calendar and the Vietnamese lunar calendar, computed at
 * UTC+7 with the new-moon / solar-term method. Solar dates from 1900-01-01 to 2100-12-31.
 */
public interface LunarCalendar {

	/** The lunar date of a solar date. */
	LunarDate toLunar(LocalDate date);

	/**
	 * The solar date of a lunar date.
	 * @throws InvalidLunarDateException if that lunar date does not exist (day 30 of a short month, a
	 * leap month the year does not have)
	 */
	LocalDate toSolar(LunarDate date);

	/** The month (1..12) that is repeated as a leap month in a lunar year, if the year has 13 months. */
	OptionalInt leapMonthOf(int lunarYear);
}
