package org.thongsuot.calendar.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.thongsuot.calendar.CalendarRangeException;
import org.thongsuot.calendar.Pause;

/**
 * Working time arithmetic over office-hour segments: walks forward session by session, skipping
 * non-working days, and cuts the paused intervals out of each session. A deadline is the moment the
 * budget is used up, so a budget that ends exactly with a session ends at its closing, never at the
 * next opening.
 */
final class WorkingTimeArithmetic {

	private final WorkingDays days;

	private final OfficeHours hours;

	WorkingTimeArithmetic(WorkingDays days, OfficeHours hours) {
		this.days = days;
		this.hours = hours;
	}

	/** A stretch of working time, from inclusive, to exclusive. */
	record Interval(LocalDateTime from, LocalDateTime to) {

		Duration length() {
			return Duration.between(from, to);
		}
	}

	/**
	 * The first stretch of office time that ends after {@code moment}, starting no earlier than it:
	 * the rest of the current session, or the next session of a working day.
	 */
	Interval nextSegment(LocalDateTime moment) {
		LocalDateTime cursor = moment;
		LocalDate date = moment.toLocalDate();
		while (true) {
			if (date.getYear() > CalendarRangeException.LAST_YEAR) {
				throw new CalendarRangeException("deadline", date);
			}
			if (days.isWorkingDay(date)) {
				for (OfficeHours.Session session : hours.sessions()) {
					LocalDateTime closes = date.atTime(session.closes());
					if (closes.isAfter(cursor)) {
						LocalDateTime opens = date.atTime(session.opens());
						return new Interval(opens.isAfter(cursor) ? opens : cursor, closes);
					}
				}
			}
			date = date.plusDays(1);
			cursor = date.atStartOfDay();
		}
	}

	/** The moment {@code amount} of unpaused working time after {@code from} is used up. */
	LocalDateTime add(LocalDateTime from, Duration amount, List<Pause> pauses) {
		if (amount.isZero()) {
			return from;
		}
		Duration remaining = amount;
		PauseCutter cutter = new PauseCutter(pauses);
		LocalDateTime cursor = from;
		while (true) {
			Interval segment = nextSegment(cursor);
			for (Interval piece : cutter.cut(segment)) {
				Duration length = piece.length();
				if (remaining.compareTo(length) <= 0) {
					return piece.from().plus(remaining);
				}
				remaining = remaining.minus(length);
			}
			cursor = segment.to();
		}
	}

	/** The unpaused working time from {@code from} to {@code to}; negative if {@code to} comes first. */
	Duration between(LocalDateTime from, LocalDateTime to, List<Pause> pauses) {
		if (to.isBefore(from)) {
			return between(to, from, pauses).negated();
		}
		Duration total = Duration.ZERO;
		PauseCutter cutter = new PauseCutter(pauses);
		LocalDateTime cursor = from;
		while (cursor.isBefore(to)) {
			Interval segment = nextSegment(cursor);
			if (!segment.from().isBefore(to)) {
				break;
			}
			Interval clipped = segment.to().isAfter(to) ? new Interval(segment.from(), to) : segment;
			for (Interval piece : cutter.cut(clipped)) {
				total = total.plus(piece.length());
			}
			cursor = segment.to();
		}
		return total;
	}

	/**
	 * Cuts the paused intervals out of segments handed to it in chronological order. Pauses are
	 * merged first, so overlapping or touching pauses (a suspension during a supplement request) are
	 * not subtracted twice.
	 */
	private static final class PauseCutter {

		private final List<Pause> merged;

		private int first;

		PauseCutter(List<Pause> pauses) {
			List<Pause> sorted = new ArrayList<>(pauses);
			sorted.sort(Comparator.comparing(Pause::from));
			List<Pause> result = new ArrayList<>();
			for (Pause pause : sorted) {
				Pause last = result.isEmpty() ? null : result.get(result.size() - 1);
				if (last != null && !pause.from().isAfter(last.to())) {
					if (pause.to().isAfter(last.to())) {
						result.set(result.size() - 1, new Pause(last.from(), pause.to()));
					}
				}
				else {
					result.add(pause);
				}
			}
			this.merged = result;
		}

		List<Interval> cut(Interval segment) {
			while (first < merged.size() && !merged.get(first).to().isAfter(segment.from())) {
				first++;
			}
			if (first == merged.size() || !merged.get(first).from().isBefore(segment.to())) {
				return List.of(segment);
			}
			List<Interval> pieces = new ArrayList<>(2);
			LocalDateTime cursor = segment.from();
			for (int i = first; i < merged.size() && merged.get(i).from().isBefore(segment.to()); i++) {
				Pause pause = merged.get(i);
				if (pause.from().isAfter(cursor)) {
					pieces.add(new Interval(cursor, pause.from()));
				}
				if (pause.to().isAfter(cursor)) {
					cursor = pause.to();
				}
			}
			if (cursor.isBefore(segment.to())) {
				pieces.add(new Interval(cursor, segment.to()));
			}
			return pieces;
		}
	}
}
