package org.thongsuot.calendar;

/** A date or year outside the range the calendar covers (1900–2100). */
public class CalendarRangeException extends CalendarException {

	public static final int FIRST_YEAR = 1900;

	public static final int LAST_YEAR = 2100;

	private final String value;

	public CalendarRangeException(String parameter, Object value) {
		super(parameter, "must lie within " + FIRST_YEAR + "–" + LAST_YEAR + ", was " + value);
		this.value = String.valueOf(value);
	}

	/** The rejected year or date, as text. */
	public String value() {
		return value;
	}

	/** Rejects a year outside the supported range, naming the parameter it came from. */
	public static int requireSupported(String parameter, int year) {
		if (year < FIRST_YEAR || year > LAST_YEAR) {
			throw new CalendarRangeException(parameter, year);
		}
		return year;
	}
}
