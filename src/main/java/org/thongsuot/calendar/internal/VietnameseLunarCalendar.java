package org.thongsuot.calendar.internal;

import java.time.LocalDate;
import java.util.OptionalInt;

import org.springframework.stereotype.Component;
import org.thongsuot.calendar.CalendarRangeException;
import org.thongsuot.calendar.InvalidLunarDateException;
import org.thongsuot.calendar.LunarCalendar;
import org.thongsuot.calendar.LunarDate;

import static org.thongsuot.calendar.internal.LunarAstronomy.NEW_MOON_EPOCH;
import static org.thongsuot.calendar.internal.LunarAstronomy.SYNODIC_MONTH;
import static org.thongsuot.calendar.internal.LunarAstronomy.jdFromDate;
import static org.thongsuot.calendar.internal.LunarAstronomy.jdToDate;
import static org.thongsuot.calendar.internal.LunarAstronomy.leapMonthOffset;
import static org.thongsuot.calendar.internal.LunarAstronomy.lunarMonth11;
import static org.thongsuot.calendar.internal.LunarAstronomy.newMoonDay;

/**
 * Solar ↔ lunar conversion by the Vietnamese rules: a month starts on the local day of a new moon,
 * month 11 contains the winter solstice, and in a 13-month year the first month without a major
 * solar term is the leap month. Hồ Ngọc Đức's algorithm, at UTC+7.
 */
@Component
class VietnameseLunarCalendar implements LunarCalendar {

	/** Vietnam's civil time zone since 1968, in hours; Tết 1968 famously differs from China's because of it. */
	static final double TIME_ZONE = 7.0;

	@Override
	public LunarDate toLunar(LocalDate date) {
		CalendarRangeException.requireSupported("date", date.getYear());
		int dayNumber = jdFromDate(date.getDayOfMonth(), date.getMonthValue(), date.getYear());
		int k = (int) Math.floor((dayNumber - NEW_MOON_EPOCH) / SYNODIC_MONTH);
		int monthStart = newMoonDay(k + 1, TIME_ZONE);
		// The published algorithm steps back once; the true new moon can stray far enough from the
		// mean lunation that once is not enough (2054-05-07 and 2062-04-09 would get day 0).
		while (monthStart > dayNumber) {
			monthStart = newMoonDay(k--, TIME_ZONE);
		}
		int year = date.getYear();
		int a11 = lunarMonth11(year, TIME_ZONE);
		int b11 = a11;
		int lunarYear;
		if (a11 >= monthStart) {
			lunarYear = year;
			a11 = lunarMonth11(year - 1, TIME_ZONE);
		}
		else {
			lunarYear = year + 1;
			b11 = lunarMonth11(year + 1, TIME_ZONE);
		}
		int lunarDay = dayNumber - monthStart + 1;
		int diff = (int) Math.floor((monthStart - a11) / 29.0);
		boolean leap = false;
		int lunarMonth = diff + 11;
		if (b11 - a11 > 365) {
			int leapDiff = leapMonthOffset(a11, TIME_ZONE);
			if (diff >= leapDiff) {
				lunarMonth = diff + 10;
				leap = diff == leapDiff;
			}
		}
		if (lunarMonth > 12) {
			lunarMonth -= 12;
		}
		if (lunarMonth >= 11 && diff < 4) {
			lunarYear -= 1;
		}
		return new LunarDate(lunarDay, lunarMonth, lunarYear, leap);
	}

	@Override
	public LocalDate toSolar(LunarDate date) {
		requireLunarYear(date.year());
		int monthStart = monthStart(date.month(), date.year(), date.leap());
		int nextMonthStart = monthStart(date.month(), date.year(), date.leap(), 1);
		if (date.day() > nextMonthStart - monthStart) {
			throw new InvalidLunarDateException("day", "month " + date.month() + (date.leap() ? " (leap)" : "")
					+ " of lunar year " + date.year() + " has only " + (nextMonthStart - monthStart) + " days");
		}
		return toLocalDate(monthStart + date.day() - 1);
	}

	@Override
	public OptionalInt leapMonthOf(int lunarYear) {
		requireLunarYear(lunarYear);
		// A lunar year's months 1..10 lie in the 13-month span that starts at the month 11 of the
		// previous solar year; months 11 and 12 may lie in the next span, so look at both.
		OptionalInt early = leapMonthInSpan(lunarYear - 1);
		if (early.isPresent() && early.getAsInt() < 11) {
			return early;
		}
		OptionalInt late = leapMonthInSpan(lunarYear);
		if (late.isPresent() && late.getAsInt() >= 11) {
			return late;
		}
		return OptionalInt.empty();
	}

	/** The leap month of the span from month 11 of solar year {@code year} to month 11 of the next. */
	private static OptionalInt leapMonthInSpan(int year) {
		int a11 = lunarMonth11(year, TIME_ZONE);
		int b11 = lunarMonth11(year + 1, TIME_ZONE);
		if (b11 - a11 <= 365) {
			return OptionalInt.empty();
		}
		int leapMonth = leapMonthOffset(a11, TIME_ZONE) - 2;
		return OptionalInt.of(leapMonth < 0 ? leapMonth + 12 : leapMonth);
	}

	private static int monthStart(int month, int year, boolean leap) {
		return monthStart(month, year, leap, 0);
	}

	/** Day number of the first day of a lunar month, or of the month {@code ahead} months later. */
	private static int monthStart(int month, int year, boolean leap, int ahead) {
		int a11;
		int b11;
		if (month < 11) {
			a11 = lunarMonth11(year - 1, TIME_ZONE);
			b11 = lunarMonth11(year, TIME_ZONE);
		}
		else {
			a11 = lunarMonth11(year, TIME_ZONE);
			b11 = lunarMonth11(year + 1, TIME_ZONE);
		}
		int k = (int) Math.floor(0.5 + (a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH);
		int off = month - 11;
		if (off < 0) {
			off += 12;
		}
		if (b11 - a11 > 365) {
			int leapOff = leapMonthOffset(a11, TIME_ZONE);
			int leapMonth = leapOff - 2;
			if (leapMonth < 0) {
				leapMonth += 12;
			}
			if (leap && month != leapMonth) {
				throw new InvalidLunarDateException("leap",
						"lunar year " + year + " has no leap month " + month + " (its leap month is " + leapMonth + ")");
			}
			if (leap || off >= leapOff) {
				off += 1;
			}
		}
		else if (leap) {
			throw new InvalidLunarDateException("leap", "lunar year " + year + " has no leap month");
		}
		return newMoonDay(k + off + ahead, TIME_ZONE);
	}

	private static LocalDate toLocalDate(int jd) {
		int[] dmy = jdToDate(jd);
		return LocalDate.of(dmy[2], dmy[1], dmy[0]);
	}

	private static void requireLunarYear(int lunarYear) {
		// Lunar year 1899 ends in 1900 and 2100's months 11-12 fall in early 2101; the arithmetic is
		// valid there too, so accept one year of margin on each side for the edges of the solar range.
		if (lunarYear < CalendarRangeException.FIRST_YEAR - 1 || lunarYear > CalendarRangeException.LAST_YEAR) {
			throw new CalendarRangeException("year", lunarYear);
		}
	}
}
