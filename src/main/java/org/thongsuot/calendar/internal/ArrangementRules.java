package org.thongsuot.calendar.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.thongsuot.calendar.ArrangedDay;
import org.thongsuot.calendar.ArrangementDraft;
import org.thongsuot.calendar.CalendarRangeException;
import org.thongsuot.calendar.DayKind;
import org.thongsuot.calendar.InvalidArrangementException;

/** What an arrangement must satisfy before it is stored; each failure names the field at fault. */
final class ArrangementRules {

	static final int MAX_TEXT = 300;

	private final Set<DayOfWeek> weekend;

	ArrangementRules(Set<DayOfWeek> weekend) {
		this.weekend = Set.copyOf(weekend);
	}

	void check(ArrangementDraft draft) {
		CalendarRangeException.requireSupported("year", draft.year());
		if (draft.occasion() == null) {
			throw new InvalidArrangementException("occasion", "is required");
		}
		requireText("sourceDocument", draft.sourceDocument(), true);
		requireText("sourceIssuer", draft.sourceIssuer(), false);
		List<ArrangedDay> days = draft.days();
		if (days.isEmpty()) {
			throw new InvalidArrangementException("days", "an arrangement needs at least one day");
		}
		Set<LocalDate> seen = new HashSet<>();
		for (int i = 0; i < days.size(); i++) {
			checkDay("days[" + i + "]", days.get(i), draft.year(), seen);
		}
	}

	private void checkDay(String field, ArrangedDay day, int year, Set<LocalDate> seen) {
		if (day == null || day.date() == null) {
			throw new InvalidArrangementException(field + ".date", "is required");
		}
		if (day.kind() == null) {
			throw new InvalidArrangementException(field + ".kind", "is required");
		}
		// A New Year arrangement may reach into late December before it, or a swap into early January
		// after the year; nothing else legitimately leaves the year.
		LocalDate from = LocalDate.of(year, 1, 1).minusDays(31);
		LocalDate to = LocalDate.of(year, 12, 31).plusDays(31);
		if (day.date().isBefore(from) || day.date().isAfter(to)) {
			throw new InvalidArrangementException(field + ".date", day.date() + " is not within a month of " + year);
		}
		if (!seen.add(day.date())) {
			throw new InvalidArrangementException(field + ".date", day.date() + " appears twice");
		}
		boolean restDay = weekend.contains(day.date().getDayOfWeek());
		if (day.kind() == DayKind.WORKING_DAY && !restDay) {
			throw new InvalidArrangementException(field + ".kind",
					"a WORKING_DAY must fall on a weekly rest day, " + day.date() + " is a " + day.date().getDayOfWeek());
		}
		if ((day.kind() == DayKind.DAY_OFF || day.kind() == DayKind.DAY_IN_LIEU) && restDay) {
			throw new InvalidArrangementException(field + ".kind",
					"a " + day.kind() + " must fall on a working weekday, " + day.date() + " is a " + day.date().getDayOfWeek());
		}
		requireText(field + ".nameVi", day.nameVi(), true);
		requireText(field + ".nameEn", day.nameEn(), true);
	}

	private static void requireText(String field, String text, boolean required) {
		if (required && (text == null || text.isBlank())) {
			throw new InvalidArrangementException(field, "is required");
		}
		if (text != null && text.length() > MAX_TEXT) {
			throw new InvalidArrangementException(field, "must be at most " + MAX_TEXT + " characters");
		}
	}
}
