package org.thongsuot.calendar;

/** No arrangement has the requested id. */
public class ArrangementNotFoundException extends CalendarException {

	public ArrangementNotFoundException(long id) {
		super("id", "no arrangement with id " + id);
	}
}
