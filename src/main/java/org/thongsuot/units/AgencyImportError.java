package org.thongsuot.units;

import java.util.List;

/**
 * Why one field of one row of a code list cannot be imported. Rows are numbered as a spreadsheet shows
 * them: the header is row 1, the first data row is row 2.
 *
 * @param row the row
 * @param field the column, or {@code file} for a problem with the file as a whole
 * @param value the value found (empty when missing)
 * @param reason the rule it breaks
 * @param messageCode the message that explains it ({@code agencies.import.reason.<REASON>} or a more specific one)
 * @param arguments what the message needs beyond the value ({1}, {2}... in the message; {0} is the value)
 */
public record AgencyImportError(int row, String field, String value, Reason reason, String messageCode,
		List<String> arguments) {

	public AgencyImportError {
		value = value == null ? "" : value;
		messageCode = messageCode == null ? "agencies.import.reason." + reason.name() : messageCode;
		arguments = List.copyOf(arguments);
	}

	/** An error whose message is {@code agencies.import.reason.<REASON>}. */
	public AgencyImportError(int row, String field, String value, Reason reason, List<String> arguments) {
		this(row, field, value, reason, null, arguments);
	}

	/** An error with a more specific message for the same reason: {@code agencies.import.reason.<REASON>.<variant>}. */
	public static AgencyImportError variant(int row, String field, String value, Reason reason, String variant,
			List<String> arguments) {
		return new AgencyImportError(row, field, value, reason, "agencies.import.reason." + reason.name() + "." + variant,
				arguments);
	}

	/** A value that is not an electronic identification code; the message says which rule it breaks. */
	public static AgencyImportError invalidCode(int row, String field, String value, AgencyCode.Violation violation) {
		return new AgencyImportError(row, field, value, Reason.INVALID_CODE, "agencies.code.violation." + violation.name(),
				List.of());
	}

	/** The rules a code list row must follow (see docs/agencies.md). */
	public enum Reason {
		EMPTY_FILE, TOO_MANY_ROWS, NOT_UTF8, UNREADABLE_CSV, MISSING_COLUMN, UNKNOWN_COLUMN, DUPLICATE_COLUMN,
		WRONG_FIELD_COUNT,
		REQUIRED, TOO_LONG, INVALID_CODE, DUPLICATE_IN_FILE, CODE_TAKEN, CODE_REUSED, CODE_CONFLICT,
		INVALID_LEVEL, INVALID_UNIT_CODE, UNIT_NOT_FOUND, UNIT_AMBIGUOUS, INVALID_KIND, INVALID_DATE,
		DATES_REVERSED, OUTSIDE_UNIT_PERIOD, CODE_NOT_PROVINCIAL, CODE_LEVEL_MISMATCH, LEVEL_1_MISMATCH, LEVEL_1_NOT_KEPT,
		PARENT_NOT_FOUND, PARENT_IS_SELF, PARENT_CYCLE
	}
}
