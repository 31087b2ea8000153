package org.thongsuot.calendar.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;

import org.thongsuot.calendar.CalendarDay;
import org.thongsuot.calendar.DayKind;
import org.thongsuot.calendar.LunarCalendar;
import org.thongsuot.calendar.LunarDate;
import org.thongsuot.calendar.Occasion;

/**
 * The eleven holidays of the Labour Code 2019, art. 112(1), for one year, with the choices the law
 * leaves to the Prime Minister made by a documented default rule:
 * <ul>
 * <li>Tết: the last day of the lunar year (29 or 30 tháng Chạp) and mùng 1–4;</li>
 * <li>Quốc khánh: the adjacent day is 3/9 when 2/9 falls on a Sunday, Monday or Thursday (so the
 * pair touches a weekend and no day is lost to a weekend), otherwise 1/9. This reproduces every
 * official choice of 2021–2026.</li>
 * </ul>
 * Days in lieu are not decided here: they depend on the whole year (see {@link YearCalendarComposer}).
 */
final class StatutoryHolidays {

	static final String LAW = "Bộ luật Lao động 2019, Điều 112 khoản 1";

	static final String LAW_DEFAULT = LAW + " — quy tắc mặc định, chưa có lịch nghỉ chính thức";

	private static final String[] LUNAR_NEW_YEAR_DAY_EN = { "", "1st", "2nd", "3rd", "4th" };

	private final LunarCalendar lunar;

	StatutoryHolidays(LunarCalendar lunar) {
		this.lunar = lunar;
	}

	/** The default holidays of a solar year, in date order. */
	List<CalendarDay> of(int year) {
		List<CalendarDay> days = new ArrayList<>(11);
		days.add(fixed(year, MonthDay.of(1, 1), Occasion.NEW_YEAR, "Tết Dương lịch", "New Year's Day"));
		lunarNewYear(year, days);
		LocalDate hungKings = lunar.toSolar(new LunarDate(10, 3, year, false));
		days.add(new CalendarDay(hungKings, DayKind.HOLIDAY, Occasion.HUNG_KINGS,
				"Giỗ Tổ Hùng Vương (10/3 âm lịch)", "Hung Kings' Commemoration (10th day of the 3rd lunar month)",
				LAW, true));
		days.add(fixed(year, MonthDay.of(4, 30), Occasion.REUNIFICATION_AND_LABOUR, "Ngày Chiến thắng",
				"Reunification Day"));
		days.add(fixed(year, MonthDay.of(5, 1), Occasion.REUNIFICATION_AND_LABOUR, "Ngày Quốc tế lao động",
				"International Labour Day"));
		nationalDay(year, days);
		days.sort((a, b) -> a.date().compareTo(b.date()));
		return days;
	}

	/** Tết day (lunar 1/1) of a lunar year. */
	LocalDate lunarNewYearDay(int year) {
		return lunar.toSolar(new LunarDate(1, 1, year, false));
	}

	/** 1/9 or 3/9, by the rule in the class comment. */
	static LocalDate nationalDayAdjacent(int year) {
		LocalDate nationalDay = LocalDate.of(year, 9, 2);
		DayOfWeek weekday = nationalDay.getDayOfWeek();
		boolean after = weekday == DayOfWeek.SUNDAY || weekday == DayOfWeek.MONDAY || weekday == DayOfWeek.THURSDAY;
		return after ? nationalDay.plusDays(1) : nationalDay.minusDays(1);
	}

	private void lunarNewYear(int year, List<CalendarDay> days) {
		LocalDate tet = lunarNewYearDay(year);
		LocalDate eve = tet.minusDays(1);
		int eveDay = lunar.toLunar(eve).day();
		days.add(new CalendarDay(eve, DayKind.HOLIDAY, Occasion.LUNAR_NEW_YEAR,
				"Tết Âm lịch (" + eveDay + " tháng Chạp)",
				"Lunar New Year (" + eveDay + "th day of the 12th lunar month)", LAW_DEFAULT, false));
		for (int day = 1; day <= 4; day++) {
			// Mùng 1 itself is fixed by the law; only which other four days are off is a choice.
			boolean fixedByLaw = day == 1;
			days.add(new CalendarDay(tet.plusDays(day - 1), DayKind.HOLIDAY, Occasion.LUNAR_NEW_YEAR,
					"Tết Âm lịch (mùng " + day + " tháng Giêng)",
					"Lunar New Year (" + LUNAR_NEW_YEAR_DAY_EN[day] + " day of the 1st lunar month)",
					fixedByLaw ? LAW : LAW_DEFAULT, fixedByLaw));
		}
	}

	private static void nationalDay(int year, List<CalendarDay> days) {
		days.add(fixed(year, MonthDay.of(9, 2), Occasion.NATIONAL_DAY, "Quốc khánh", "National Day"));
		LocalDate adjacent = nationalDayAdjacent(year);
		days.add(new CalendarDay(adjacent, DayKind.HOLIDAY, Occasion.NATIONAL_DAY,
				"Quốc khánh (ngày liền kề " + adjacent.getDayOfMonth() + "/9)",
				"National Day (adjacent day, " + adjacent.getDayOfMonth() + " September)", LAW_DEFAULT, false));
	}

	private static CalendarDay fixed(int year, MonthDay monthDay, Occasion occasion, String nameVi, String nameEn) {
		return new CalendarDay(monthDay.atYear(year), DayKind.HOLIDAY, occasion, nameVi, nameEn, LAW, true);
	}
}
