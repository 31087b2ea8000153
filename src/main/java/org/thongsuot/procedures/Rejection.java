package org.thongsuot.procedures;

/**
 * Why a row of a file was refused: the file, the line (1 is the header of a CSV file, the first record
 * of a JSON Lines file), the procedure code when known, the field and the reason with the value at fault.
 */
public record Rejection(String file, long line, String code, String field, Reason reason, String value) {

	/** Each reason has a message {@code procedures.reject.<REASON>} ({0} the field, {1} the value). */
	public enum Reason {
		UNREADABLE_FILE("the file cannot be read: {1}"),
		MISSING_COLUMN("the header lacks the column {0}"),
		MALFORMED_ROW("the row cannot be read: {1}"),
		MISSING_VALUE("{0} is empty"),
		INVALID_CODE("{0} ''{1}'' is not a procedure code (like 1.001193)"),
		DUPLICATE_CODE("{0} ''{1}'' appears twice"),
		UNKNOWN_LEVEL("{0} names an unknown level ''{1}''"),
		INVALID_NUMBER("{0} ''{1}'' is not a number"),
		UNKNOWN_CODE("{0} ''{1}'' is not in procedures.csv"),
		MISSING_FULL_RECORD("{0} ''{1}'' has no record in procedures_full.jsonl.gz"),
		INVALID_JSON("the line is not a JSON object: {1}"),
		NOT_AT_DISTRICT_LEVEL("{0} ''{1}'' is not at the district level"),
		INVALID_TARGET_LEVEL("{0} ''{1}'' must be COMMUNE or PROVINCE"),
		SCHEDULED_LATER("{0} ''{1}'' has a version scheduled after the effective date"),
		ALREADY_MOVED("{0} ''{1}'' has already left the district level");

		private final String english;

		Reason(String english) {
			this.english = english;
		}

		public String messageKey() {
			return "procedures.reject." + name();
		}

		/** The reason in English, for logs. */
		public String english(String field, String value) {
			return java.text.MessageFormat.format(english, field, value);
		}
	}

	/** "procedures.csv line 12 (1.001193), field code: ..." in English, for logs and exceptions. */
	public String describe() {
		return file + " line " + line + (code == null ? "" : " (" + code + ")") + ", field " + field + ": "
				+ reason.english(field, value);
	}
}
