package org.thongsuot.calendar.internal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.thongsuot.calendar.ArrangedDay;
import org.thongsuot.calendar.Arrangement;
import org.thongsuot.calendar.DayKind;
import org.thongsuot.calendar.Occasion;

/** Builds the calendar's domain objects without Spring, for the pure domain tests. */
final class TestCalendars {

	static final OfficeHours DEFAULT_HOURS = OfficeHours.parse(List.of("07:30-11:30", "13:30-17:00"));

	static final Set<DayOfWeek> WEEKEND = Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);

	private TestCalendars() {
	}

	static YearCalendarComposer composer(Set<DayOfWeek> weekend) {
		return new YearCalendarComposer(new StatutoryHolidays(new VietnameseLunarCalendar()), weekend);
	}

	static DefaultWorkingCalendar workingCalendar(Arrangement... arrangements) {
		return workingCalendar(WEEKEND, arrangements);
	}

	static DefaultWorkingCalendar workingCalendar(Set<DayOfWeek> weekend, Arrangement... arrangements) {
		ArrangementSource source = new ArrangementSource() {
			@Override
			public List<Arrangement> around(int year) {
				return Arrays.stream(arrangements).filter(a -> Math.abs(a.year() - year) <= 1).toList();
			}

			@Override
			public long revision() {
				return 0;
			}
		};
		YearCalendars years = new YearCalendars(source, composer(weekend), Duration.ofSeconds(30), System::nanoTime);
		return new DefaultWorkingCalendar(years, DEFAULT_HOURS, LocalTime.of(16, 0), ZoneId.of("Asia/Ho_Chi_Minh"));
	}

	static Arrangement arrangement(int year, Occasion occasion, ArrangedDay... days) {
		return new Arrangement(year * 10L + occasion.ordinal(), year, occasion, "Thông báo thử nghiệm", "Bộ Nội vụ",
				LocalDate.of(year - 1, 12, 1), null, List.of(days), Instant.EPOCH);
	}

	static ArrangedDay day(String date, DayKind kind) {
		return new ArrangedDay(LocalDate.parse(date), kind, "Ngày " + date, "Day " + date);
	}

	/** The arrangement of 30/4–1/5/2025: 5 days off, Friday 2/5 swapped with Saturday 26/4. */
	static Arrangement reunification2025() {
		return arrangement(2025, Occasion.REUNIFICATION_AND_LABOUR, day("2025-04-26", DayKind.WORKING_DAY),
				day("2025-04-30", DayKind.HOLIDAY), day("2025-05-01", DayKind.HOLIDAY), day("2025-05-02", DayKind.DAY_OFF));
	}

	/** Tết Ất Tỵ 2025 as arranged: 28 tháng Chạp to mùng 3, Monday 27/1 to Friday 31/1. */
	static Arrangement lunarNewYear2025() {
		return arrangement(2025, Occasion.LUNAR_NEW_YEAR, day("2025-01-27", DayKind.HOLIDAY),
				day("2025-01-28", DayKind.HOLIDAY), day("2025-01-29", DayKind.HOLIDAY), day("2025-01-30", DayKind.HOLIDAY),
				day("2025-01-31", DayKind.HOLIDAY));
	}
}
