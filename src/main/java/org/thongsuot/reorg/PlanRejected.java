package org.thongsuot.reorg;

import java.util.List;

/** An uploaded plan was refused; nothing was saved. Every error names its field. */
public class PlanRejected extends RuntimeException {

	private final transient List<FieldError> errors;

	public PlanRejected(List<FieldError> errors) {
		super(errors.size() + " error(s) in the plan; nothing was saved");
		this.errors = List.copyOf(errors);
	}

	public List<FieldError> errors() {
		return errors;
	}

	/**
	 * One error.
	 *
	 * @param field the JSON path of the field, e.g. {@code changes[3].to[0].code}
	 * @param value the value at fault, as text
	 * @param reason a stable reason: REQUIRED, INVALID, UNKNOWN_UNIT, ...
	 * @param message the explanation, in English (the API translates the reason)
	 */
	public record FieldError(String field, String value, String reason, String message) {
	}
}
