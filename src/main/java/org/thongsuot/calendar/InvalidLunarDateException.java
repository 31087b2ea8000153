package org.thongsuot.calendar;

/** A lunar date that does not exist: a day 30 in a 29-day month, or a leap month in a year without it. */
public class InvalidLunarDateException extends CalendarException {

	public InvalidLunarDateException(String parameter, String reason) {
		super(parameter, reason);
	}
}
