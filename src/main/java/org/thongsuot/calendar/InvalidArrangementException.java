package org.thongsuot.calendar;

/** An arrangement draft that is incomplete or contradicts itself; names the field at fault. */
public class InvalidArrangementException extends CalendarException {

	public InvalidArrangementException(String parameter, String reason) {
		super(parameter, reason);
	}
}
