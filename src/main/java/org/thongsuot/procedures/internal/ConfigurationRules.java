package org.thongsuot.procedures.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.thongsuot.identity.Role;
import org.thongsuot.procedures.Channel;
import org.thongsuot.procedures.DossierComponent;
import org.thongsuot.procedures.Fee;
import org.thongsuot.procedures.ProcessStep;
import org.thongsuot.procedures.ProcessingTime;
import org.thongsuot.procedures.ProvinceConfiguration;
import org.thongsuot.procedures.TimeUnit;
import org.thongsuot.procedures.Violation;
import org.thongsuot.procedures.Violation.Rule;

/**
 * The rules a province's configuration must keep, apart from the agencies' existence (checked against
 * the registry by the caller). Pure: no Spring, no database.
 */
final class ConfigurationRules {

	private ConfigurationRules() {
	}

	/**
	 * Every rule the configuration breaks, in the order of the form's fields.
	 *
	 * @param national the times the national catalogue gives (the shortest, and each channel's): a
	 *     configured time may not exceed the longest legal time in the same unit
	 */
	static List<Violation> check(ProvinceConfiguration c, ProcessingTime nationalTime, List<Channel> channels) {
		List<Violation> violations = new ArrayList<>();
		if (c.level() == null) {
			violations.add(Violation.of("level", Rule.LEVEL_REQUIRED));
		}
		else if (!c.level().provincial()) {
			violations.add(Violation.of("level", Rule.LEVEL_NOT_PROVINCIAL, c.level()));
		}
		if (c.competentAgency() == null) {
			violations.add(Violation.of("competentAgency", Rule.AGENCY_REQUIRED));
		}
		else if (c.competentAgency().communeOfSubmission() && c.level() != null
				&& c.level() != org.thongsuot.procedures.ProcedureLevel.COMMUNE) {
			violations.add(Violation.of("competentAgency", Rule.AGENCY_MUST_BE_NAMED));
		}
		if (c.receivingPoints().isEmpty()) {
			violations.add(Violation.of("receivingPoints", Rule.RECEIVING_POINT_REQUIRED));
		}
		boolean timeOk = checkTime(c, nationalTime, channels, violations);
		for (int i = 0; i < c.fees().size(); i++) {
			Fee fee = c.fees().get(i);
			if (fee.label() == null || fee.label().isBlank()) {
				violations.add(Violation.of("fees[" + i + "].label", Rule.FEE_LABEL_REQUIRED));
			}
			if (fee.amountVnd() < 0) {
				violations.add(Violation.of("fees[" + i + "].amountVnd", Rule.FEE_NEGATIVE, fee.amountVnd()));
			}
		}
		if (c.components().isEmpty()) {
			violations.add(Violation.of("components", Rule.COMPONENTS_REQUIRED));
		}
		for (int i = 0; i < c.components().size(); i++) {
			DossierComponent component = c.components().get(i);
			if (component.name().isBlank()) {
				violations.add(Violation.of("components[" + i + "].name", Rule.COMPONENT_NAME_REQUIRED));
			}
		}
		checkSteps(c, timeOk, violations);
		return violations;
	}

	private static boolean checkTime(ProvinceConfiguration c, ProcessingTime nationalTime, List<Channel> channels,
			List<Violation> violations) {
		if (c.timeValue() == null || c.timeUnit() == null) {
			violations.add(Violation.of(c.timeValue() == null ? "timeValue" : "timeUnit", Rule.TIME_REQUIRED));
			return false;
		}
		if (!c.timeUnit().configurable()) {
			violations.add(Violation.of("timeUnit", Rule.TIME_UNIT_NOT_CONFIGURABLE, c.timeUnit()));
			return false;
		}
		if (c.timeValue().signum() <= 0) {
			violations.add(Violation.of("timeValue", Rule.TIME_NOT_POSITIVE, plain(c.timeValue())));
			return false;
		}
		if (c.timeValue().stripTrailingZeros().scale() > 2) {
			violations.add(Violation.of("timeValue", Rule.TIME_PRECISION, plain(c.timeValue())));
			return false;
		}
		Optional<BigDecimal> legal = legalMaximum(c.timeUnit(), nationalTime, channels);
		if (legal.isPresent() && c.timeValue().compareTo(legal.get()) > 0) {
			violations.add(Violation.of("timeValue", Rule.TIME_EXCEEDS_LEGAL, plain(c.timeValue()), plain(legal.get()),
					c.timeUnit()));
		}
		return true;
	}

	/** The longest time the catalogue gives in this unit (over the channels and the summary), if any. */
	static Optional<BigDecimal> legalMaximum(TimeUnit unit, ProcessingTime nationalTime, List<Channel> channels) {
		List<ProcessingTime> times = new ArrayList<>();
		if (nationalTime != null) {
			times.add(nationalTime);
		}
		channels.forEach(channel -> times.add(channel.time()));
		return times.stream().filter(t -> t != null && t.parsed() && t.unit() == unit).map(ProcessingTime::value)
				.max(BigDecimal::compareTo);
	}

	private static void checkSteps(ProvinceConfiguration c, boolean timeOk, List<Violation> violations) {
		if (c.steps().isEmpty()) {
			violations.add(Violation.of("steps", Rule.STEPS_REQUIRED));
			return;
		}
		BigDecimal sum = BigDecimal.ZERO;
		boolean sharesOk = true;
		for (int i = 0; i < c.steps().size(); i++) {
			ProcessStep step = c.steps().get(i);
			String at = "steps[" + i + "]";
			if (step.name() == null || step.name().isBlank()) {
				violations.add(Violation.of(at + ".name", Rule.STEP_NAME_REQUIRED, i + 1));
			}
			if (step.role() == null) {
				violations.add(Violation.of(at + ".role", Rule.STEP_ROLE_REQUIRED, i + 1));
			}
			else if (step.role() == Role.ADMIN) {
				violations.add(Violation.of(at + ".role", Rule.STEP_ROLE_NOT_PROCESSING, i + 1, step.role()));
			}
			if (step.agency() == null) {
				violations.add(Violation.of(at + ".agency", Rule.AGENCY_REQUIRED, i + 1));
			}
			if (step.share() == null || step.share().signum() <= 0) {
				violations.add(Violation.of(at + ".share", Rule.STEP_SHARE_NOT_POSITIVE, i + 1,
						step.share() == null ? "" : plain(step.share())));
				sharesOk = false;
			}
			else {
				sum = sum.add(step.share());
			}
		}
		if (timeOk && sharesOk && sum.compareTo(c.timeValue()) != 0) {
			violations.add(Violation.of("steps", Rule.SHARES_MISMATCH, plain(sum), plain(c.timeValue()), c.timeUnit(),
					plain(c.timeValue().subtract(sum))));
		}
	}

	static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}
}
