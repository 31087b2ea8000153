package org.thongsuot.calendar;

/** An arrangement that collides with one already stored (same occasion and year, or same date). */
public class ArrangementConflictException extends CalendarException {

	public ArrangementConflictException(String parameter, String reason) {
		super(parameter, reason);
	}
}
