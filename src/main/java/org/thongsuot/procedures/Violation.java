package org.thongsuot.procedures;

import java.util.List;

/**
 * A rule a configuration breaks: the field at fault ({@code steps[2].share}), the message key
 * ({@code procedures.rule.<RULE>}) and its arguments, for the page or the problem to translate.
 */
public record Violation(String field, Rule rule, List<String> arguments) {

	public enum Rule {
		LEVEL_REQUIRED, LEVEL_NOT_PROVINCIAL, AGENCY_REQUIRED, AGENCY_MUST_BE_NAMED, UNKNOWN_AGENCY,
		AGENCY_NOT_IN_FORCE, AGENCY_OUTSIDE_PROVINCE, RECEIVING_POINT_REQUIRED, TIME_REQUIRED, TIME_UNIT_NOT_CONFIGURABLE,
		TIME_NOT_POSITIVE, TIME_PRECISION, TIME_EXCEEDS_LEGAL, FEE_LABEL_REQUIRED, FEE_NEGATIVE, COMPONENT_NAME_REQUIRED,
		COMPONENTS_REQUIRED, STEPS_REQUIRED, STEP_NAME_REQUIRED, STEP_ROLE_REQUIRED, STEP_ROLE_NOT_PROCESSING,
		STEP_SHARE_NOT_POSITIVE, SHARES_MISMATCH, NOT_A_NUMBER, UNKNOWN_VALUE;

		public String messageKey() {
			return "procedures.rule." + name();
		}
	}

	public static Violation of(String field, Rule rule, Object... arguments) {
		return new Violation(field, rule, java.util.Arrays.stream(arguments).map(String::valueOf).toList());
	}

	public Object[] argumentArray() {
		Object[] args = new Object[arguments.size() + 1];
		args[0] = field;
		for (int i = 0; i < arguments.size(); i++) {
			args[i + 1] = arguments.get(i);
		}
		return args;
	}

	/**
	 * The problem for a refused configuration: {@code PROCESS_TIME_MISMATCH} when the steps do not add up,
	 * else {@code PROCEDURE_CONFIGURATION_INVALID}; the first violation names the field and gives the detail,
	 * {@code errors} lists them all.
	 */
	public static org.thongsuot.platform.ApiException problem(List<Violation> violations) {
		Violation first = violations.stream().filter(v -> v.rule() == Rule.SHARES_MISMATCH).findFirst()
				.orElse(violations.get(0));
		org.thongsuot.platform.ErrorCode code = first.rule() == Rule.SHARES_MISMATCH
				? org.thongsuot.platform.ErrorCode.PROCESS_TIME_MISMATCH
				: org.thongsuot.platform.ErrorCode.PROCEDURE_CONFIGURATION_INVALID;
		org.thongsuot.platform.ApiException problem = org.thongsuot.platform.ApiException.ofParameter(code, first.field())
				.withDetail(first.rule().messageKey(), first.arguments().toArray());
		problem.getBody().setProperty("errors", violations.stream()
				.map(v -> java.util.Map.of("field", v.field(), "rule", v.rule().name())).toList());
		return problem;
	}
}
