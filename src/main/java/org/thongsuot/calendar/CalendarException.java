package org.thongsuot.calendar;

/**
 * A request the calendar cannot answer because of its input. It names the offending parameter and
 * says why, so the web layer can turn it into a 4xx problem detail without guessing.
 */
public abstract class CalendarException extends RuntimeException {

	private final String parameter;

	private final String reason;

	protected CalendarException(String parameter, String reason) {
		super(parameter + ": " + reason);
		this.parameter = parameter;
		this.reason = reason;
	}

	/** The name of the input that is wrong. */
	public String parameter() {
		return parameter;
	}

	/** Why it is wrong, in English (the web layer translates the generic part). */
	public String reason() {
		return reason;
	}
}
