package org.thongsuot.calendar.internal;

import java.time.LocalDate;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

import org.thongsuot.calendar.CalendarDay;
import org.thongsuot.calendar.Occasion;
import org.thongsuot.calendar.YearHolidays;

/**
 * One solar year, resolved: for each day whether offices work, and the entry explaining any day that
 * departs from the weekly pattern. Immutable, so the cache can hand it to any number of threads.
 */
final class YearCalendar {

	private final int year;

	/** Bit (dayOfYear - 1) is set when the day is a working day. */
	private final BitSet working;

	private final NavigableMap<LocalDate, CalendarDay> entries;

	private final Set<Occasion> officialOccasions;

	YearCalendar(int year, BitSet working, Map<LocalDate, CalendarDay> entries, Set<Occasion> officialOccasions) {
		this.year = year;
		this.working = (BitSet) working.clone();
		this.entries = new TreeMap<>(entries);
		this.officialOccasions = Set.copyOf(officialOccasions);
	}

	int year() {
		return year;
	}

	boolean isWorkingDay(LocalDate date) {
		if (date.getYear() != year) {
			throw new IllegalArgumentException(date + " is not in " + year);
		}
		return working.get(date.getDayOfYear() - 1);
	}

	/** The entry explaining a date, or null when the date simply follows the weekly pattern. */
	CalendarDay entry(LocalDate date) {
		return entries.get(date);
	}

	YearHolidays holidays() {
		List<Occasion> official = officialOccasions.stream().sorted().toList();
		return new YearHolidays(year, List.copyOf(entries.values()), official);
	}
}
