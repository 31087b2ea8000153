package org.thongsuot.calendar;

import java.time.LocalDateTime;

/**
 * An interval during which a dossier's clock is stopped (a supplement request, a suspension): working
 * time inside it does not count against the budget. Local date-times in the calendar's zone.
 */
public record Pause(LocalDateTime from, LocalDateTime to) {

	public Pause {
		if (from == null || to == null) {
			throw new InvalidPauseException("a pause needs both ends");
		}
		if (to.isBefore(from)) {
			throw new InvalidPauseException("a pause must not end (" + to + ") before it starts (" + from + ")");
		}
	}

	/** Thrown for a pause whose ends are missing or reversed. */
	public static class InvalidPauseException extends CalendarException {

		public InvalidPauseException(String reason) {
			super("pauses", reason);
		}
	}
}
