package org.thongsuot.calendar;

/** No arrangement has the requested id. */
public class ArrangementNotFoundException extends CalendarException {

	private final long id;

	public ArrangementNotFoundException(long id) {
		super("id", "no arrangement with id " + id);
		this.id = id;
	}

	public long id() {
		return id;
	}
}
