package org.thongsuot.calendar.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.thongsuot.calendar.Arrangement;
import org.thongsuot.calendar.ArrangedDay;
import org.thongsuot.calendar.CalendarDay;
import org.thongsuot.calendar.DayKind;
import org.thongsuot.calendar.Occasion;

/**
 * Resolves a year: the statutory holidays, replaced occasion by occasion by the stored arrangements,
 * plus a day in lieu for every remaining default holiday that falls on a weekly rest day (Labour
 * Code 2019, art. 112(3): the next working day).
 */
final class YearCalendarComposer {

	static final String IN_LIEU_SOURCE = "Bộ luật Lao động 2019, Điều 112 khoản 3 — quy tắc mặc định, chưa có lịch nghỉ chính thức";

	private final StatutoryHolidays statutory;

	private final Set<DayOfWeek> weekend;

	YearCalendarComposer(StatutoryHolidays statutory, Set<DayOfWeek> weekend) {
		this.statutory = statutory;
		this.weekend = EnumSet.copyOf(weekend);
	}

	/**
	 * @param arrangements every arrangement that may touch the year: those of the year itself and of
	 * its neighbours, whose days may spill over the new year
	 */
	YearCalendar compose(int year, List<Arrangement> arrangements) {
		Set<Occasion> arranged = EnumSet.noneOf(Occasion.class);
		Map<LocalDate, CalendarDay> entries = new HashMap<>();
		for (Arrangement arrangement : arrangements) {
			if (arrangement.year() == year) {
				arranged.add(arrangement.occasion());
			}
			for (ArrangedDay day : arrangement.days()) {
				if (day.date().getYear() == year) {
					entries.put(day.date(), new CalendarDay(day.date(), day.kind(), arrangement.occasion(),
							day.nameVi(), day.nameEn(), arrangement.citation(), true));
				}
			}
		}
		List<CalendarDay> defaults = statutory.of(year).stream()
			.filter(day -> !arranged.contains(day.occasion()))
			.toList();
		Map<LocalDate, CalendarDay> arrangedDays = Map.copyOf(entries);
		List<CalendarDay> coinciding = new ArrayList<>();
		for (CalendarDay holiday : defaults) {
			// An arranged day on the same date wins: the authority has decided that date. Two default
			// holidays on one date (Hùng Kings' day on 30/4 or 1/5, as in 1947) cost a day, which is
			// compensated like a holiday on a rest day.
			CalendarDay present = entries.putIfAbsent(holiday.date(), holiday);
			if (present != null && !arrangedDays.containsKey(holiday.date())) {
				coinciding.add(holiday);
			}
		}
		for (CalendarDay holiday : defaults) {
			boolean onRestDay = weekend.contains(holiday.date().getDayOfWeek()) && holiday.equals(entries.get(holiday.date()));
			if (onRestDay || coinciding.contains(holiday)) {
				LocalDate inLieu = nextFreeWorkingDay(holiday.date(), entries);
				if (inLieu.getYear() == year) {
					entries.put(inLieu, new CalendarDay(inLieu, DayKind.DAY_IN_LIEU, holiday.occasion(),
							"Nghỉ bù " + holiday.nameVi(), "Day in lieu of " + holiday.nameEn(), IN_LIEU_SOURCE,
							false));
				}
			}
		}
		BitSet working = new BitSet(366);
		for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
			CalendarDay entry = entries.get(day);
			boolean works = entry == null ? !weekend.contains(day.getDayOfWeek()) : !entry.closed();
			working.set(day.getDayOfYear() - 1, works);
		}
		return new YearCalendar(year, working, entries, arranged);
	}

	/** The first day after {@code from} that would otherwise be worked and is not yet taken. */
	private LocalDate nextFreeWorkingDay(LocalDate from, Map<LocalDate, CalendarDay> entries) {
		LocalDate day = from.plusDays(1);
		while (weekend.contains(day.getDayOfWeek()) || entries.containsKey(day)) {
			day = day.plusDays(1);
		}
		return day;
	}
}
