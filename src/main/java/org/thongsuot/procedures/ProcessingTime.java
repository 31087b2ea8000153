package org.thongsuot.procedures;

import java.math.BigDecimal;

/**
 * A processing time: a value and a unit where the catalogue's text says so, else unparsed (flagged)
 * with the text kept.
 *
 * @param value the number, or null when the text gives none
 * @param unit the unit, or null when the text names none this platform knows
 * @param text the text as published ("15 Ngày làm việc"), never lost
 */
public record ProcessingTime(BigDecimal value, TimeUnit unit, String text) {

	public static ProcessingTime of(BigDecimal value, TimeUnit unit) {
		return new ProcessingTime(value, unit, value.stripTrailingZeros().toPlainString() + " " + unit.label());
	}

	/** Whether both the value and the unit were understood. */
	public boolean parsed() {
		return value != null && unit != null;
	}
}
