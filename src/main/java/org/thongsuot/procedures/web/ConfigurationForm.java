package org.thongsuot.procedures.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.thongsuot.identity.Role;
import org.thongsuot.procedures.AgencyRef;
import org.thongsuot.procedures.DossierComponent;
import org.thongsuot.procedures.Fee;
import org.thongsuot.procedures.OnlineLevel;
import org.thongsuot.procedures.ProcedureLevel;
import org.thongsuot.procedures.ProcedureVersion;
import org.thongsuot.procedures.ProcessStep;
import org.thongsuot.procedures.ProvinceConfiguration;
import org.thongsuot.procedures.TimeUnit;
import org.thongsuot.procedures.Violation;
import org.thongsuot.procedures.Violation.Rule;

/**
 * The configuration form as typed: every value a string, so a refused form comes back as it was.
 * Lists are indexed fields ({@code steps[0].name}); rows left blank are ignored, and the page adds
 * blank rows, so it works without JavaScript.
 */
record ConfigurationForm(String level, String competentAgency, List<String> receivingPoints, String timeValue,
		String timeUnit, String onlineLevel, List<FeeRow> fees, List<ComponentRow> components, List<StepRow> steps) {

	static final String COMMUNE = "COMMUNE";
	static final int BLANK_ROWS = 2;

	record FeeRow(String label, String amount, String note) {
		boolean blank() {
			return isBlank(label) && isBlank(amount) && isBlank(note);
		}
	}

	record ComponentRow(String section, String name, String template, String quantity, boolean required) {
		boolean blank() {
			return isBlank(name) && isBlank(template) && isBlank(quantity);
		}
	}

	record StepRow(String name, String role, String agency, String share) {
		boolean blank() {
			return isBlank(name) && isBlank(role) && isBlank(agency) && isBlank(share);
		}
	}

	/** The form filled from a version: its configuration, else the national record's components and time. */
	static ConfigurationForm of(ProcedureVersion v) {
		ProvinceConfiguration c = v.configuration();
		if (c == null) {
			String unit = v.nationalTime() != null && v.nationalTime().unit() != null && v.nationalTime().unit().configurable()
					? v.nationalTime().unit().name() : TimeUnit.WORKING_DAYS.name();
			String value = v.nationalTime() != null && v.nationalTime().value() != null
					&& v.nationalTime().unit() != null && v.nationalTime().unit().configurable()
							? plain(v.nationalTime().value()) : "";
			ProcedureLevel level = v.levels().contains(ProcedureLevel.COMMUNE) ? ProcedureLevel.COMMUNE
					: ProcedureLevel.PROVINCE;
			return new ConfigurationForm(level.name(), level == ProcedureLevel.COMMUNE ? COMMUNE : "",
					level == ProcedureLevel.COMMUNE ? List.of(COMMUNE) : List.of(), value, unit, "", List.of(),
					v.components().stream().map(d -> new ComponentRow(d.section(), d.name(), d.template(), d.quantity(),
							d.required())).toList(), List.of());
		}
		return new ConfigurationForm(c.level() == null ? "" : c.level().name(), ref(c.competentAgency()),
				c.receivingPoints().stream().map(ConfigurationForm::ref).toList(),
				c.timeValue() == null ? "" : plain(c.timeValue()), c.timeUnit() == null ? "" : c.timeUnit().name(),
				c.onlineLevel() == null ? "" : c.onlineLevel().name(),
				c.fees().stream().map(f -> new FeeRow(f.label(), String.valueOf(f.amountVnd()), f.note())).toList(),
				c.components().stream().map(d -> new ComponentRow(d.section(), d.name(), d.template(), d.quantity(),
						d.required())).toList(),
				c.steps().stream().map(s -> new StepRow(s.name(), s.role() == null ? "" : s.role().name(), ref(s.agency()),
						s.share() == null ? "" : plain(s.share()))).toList());
	}

	/** The form read from the request's parameters. */
	static ConfigurationForm of(Map<String, String> p) {
		List<FeeRow> fees = new ArrayList<>();
		for (int i = 0; p.containsKey("fees[" + i + "].label"); i++) {
			FeeRow row = new FeeRow(p.get("fees[" + i + "].label"), p.get("fees[" + i + "].amount"),
					p.get("fees[" + i + "].note"));
			if (!row.blank()) {
				fees.add(row);
			}
		}
		List<ComponentRow> components = new ArrayList<>();
		for (int i = 0; p.containsKey("components[" + i + "].name"); i++) {
			String at = "components[" + i + "]";
			ComponentRow row = new ComponentRow(p.getOrDefault(at + ".section", ""), p.get(at + ".name"),
					p.get(at + ".template"), p.get(at + ".quantity"), p.containsKey(at + ".required"));
			if (!row.blank()) {
				components.add(row);
			}
		}
		List<StepRow> steps = new ArrayList<>();
		for (int i = 0; p.containsKey("steps[" + i + "].name"); i++) {
			String at = "steps[" + i + "]";
			StepRow row = new StepRow(p.get(at + ".name"), p.get(at + ".role"), p.get(at + ".agency"), p.get(at + ".share"));
			if (!row.blank()) {
				steps.add(row);
			}
		}
		List<String> points = new ArrayList<>();
		for (int i = 0; p.containsKey("receivingPoints[" + i + "]"); i++) {
			String point = p.get("receivingPoints[" + i + "]");
			if (!isBlank(point) && !points.contains(point)) {
				points.add(point);
			}
		}
		return new ConfigurationForm(p.getOrDefault("level", ""), p.getOrDefault("competentAgency", ""), points,
				p.getOrDefault("timeValue", ""), p.getOrDefault("timeUnit", ""), p.getOrDefault("onlineLevel", ""), fees,
				components, steps);
	}

	/** The rows to show: the filled ones and a few blank ones to add more. */
	public List<FeeRow> feeRows() {
		List<FeeRow> rows = new ArrayList<>(fees);
		for (int i = 0; i < BLANK_ROWS; i++) {
			rows.add(new FeeRow("", "", ""));
		}
		return rows;
	}

	public List<ComponentRow> componentRows() {
		List<ComponentRow> rows = new ArrayList<>(components);
		for (int i = 0; i < BLANK_ROWS; i++) {
			rows.add(new ComponentRow("", "", "", "", true));
		}
		return rows;
	}

	public List<StepRow> stepRows() {
		List<StepRow> rows = new ArrayList<>(steps);
		for (int i = 0; i < Math.max(BLANK_ROWS, 4 - steps.size()); i++) {
			rows.add(new StepRow("", "", "", ""));
		}
		return rows;
	}

	public List<String> pointRows() {
		List<String> rows = new ArrayList<>(receivingPoints);
		rows.add("");
		return rows;
	}

	/** The configuration, and the values that could not even be read (not a number, not a choice). */
	record Parsed(ProvinceConfiguration configuration, List<Violation> problems) {
	}

	Parsed parse() {
		List<Violation> problems = new ArrayList<>();
		ProcedureLevel lvl = choice("level", level, ProcedureLevel.class, problems);
		TimeUnit unit = choice("timeUnit", timeUnit, TimeUnit.class, problems);
		OnlineLevel online = choice("onlineLevel", onlineLevel, OnlineLevel.class, problems);
		BigDecimal time = number("timeValue", timeValue, problems);
		List<Fee> feeList = new ArrayList<>();
		for (int i = 0; i < fees.size(); i++) {
			FeeRow f = fees.get(i);
			BigDecimal amount = isBlank(f.amount()) ? BigDecimal.ZERO
					: number("fees[" + i + "].amountVnd", f.amount().replace(".", "").replace(",", ""), problems);
			feeList.add(new Fee(f.label() == null ? "" : f.label().strip(), amount == null ? 0 : amount.longValue(),
					f.note() == null ? "" : f.note().strip()));
		}
		List<DossierComponent> componentList = components.stream()
				.map(c -> new DossierComponent(c.section(), c.name(), c.template(), c.quantity(), c.required())).toList();
		List<ProcessStep> stepList = new ArrayList<>();
		for (int i = 0; i < steps.size(); i++) {
			StepRow s = steps.get(i);
			Role role = choice("steps[" + i + "].role", s.role(), Role.class, problems);
			BigDecimal share = number("steps[" + i + "].share", s.share(), problems);
			stepList.add(new ProcessStep(s.name() == null ? "" : s.name(), role, agency("steps[" + i + "].agency",
					s.agency(), problems), share));
		}
		List<AgencyRef> points = new ArrayList<>();
		for (int i = 0; i < receivingPoints.size(); i++) {
			points.add(agency("receivingPoints[" + i + "]", receivingPoints.get(i), problems));
		}
		return new Parsed(new ProvinceConfiguration(lvl, agency("competentAgency", competentAgency, problems), points,
				time, unit, feeList, componentList, online, stepList), problems);
	}

	private static AgencyRef agency(String field, String value, List<Violation> problems) {
		if (isBlank(value)) {
			return null;
		}
		if (COMMUNE.equals(value)) {
			return AgencyRef.COMMUNE_OF_SUBMISSION;
		}
		try {
			return new AgencyRef(Long.parseLong(value.strip()), null, null);
		}
		catch (NumberFormatException e) {
			problems.add(Violation.of(field, Rule.UNKNOWN_VALUE, value));
			return null;
		}
	}

	private static <E extends Enum<E>> E choice(String field, String value, Class<E> type, List<Violation> problems) {
		if (isBlank(value)) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip());
		}
		catch (IllegalArgumentException e) {
			problems.add(Violation.of(field, Rule.UNKNOWN_VALUE, value));
			return null;
		}
	}

	private static BigDecimal number(String field, String value, List<Violation> problems) {
		if (isBlank(value)) {
			return null;
		}
		try {
			return new BigDecimal(value.strip().replace(',', '.'));
		}
		catch (NumberFormatException e) {
			problems.add(Violation.of(field, Rule.NOT_A_NUMBER, value));
			return null;
		}
	}

	private static String ref(AgencyRef ref) {
		return ref == null ? "" : ref.communeOfSubmission() ? COMMUNE : String.valueOf(ref.agencyId());
	}

	static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

	static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}
}
