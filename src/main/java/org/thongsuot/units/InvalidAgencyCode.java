package org.thongsuot.units;

/**
 * A text that is not an electronic identification code under Decision 20/2020/QĐ-TTg; the web layer
 * reports it as the problem {@code INVALID_AGENCY_CODE} naming the parameter.
 */
public class InvalidAgencyCode extends IllegalArgumentException {

	private final String value;
	private final AgencyCode.Violation violation;

	public InvalidAgencyCode(String value, AgencyCode.Violation violation) {
		super("Not an agency code (" + violation + "): " + value);
		this.value = value;
		this.violation = violation;
	}

	public String value() {
		return value;
	}

	public AgencyCode.Violation violation() {
		return violation;
	}
}
