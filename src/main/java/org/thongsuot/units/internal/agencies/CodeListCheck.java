package org.thongsuot.units.internal.agencies;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.thongsuot.units.Agency;
import org.thongsuot.units.AgencyCode;
import org.thongsuot.units.AgencyImportError;
import org.thongsuot.units.AgencyImportError.Reason;
import org.thongsuot.units.AgencyKind;
import org.thongsuot.units.Level;
import org.thongsuot.units.Unit;
import org.thongsuot.units.internal.VietnameseText;
import org.thongsuot.units.internal.agencies.CodeListFile.Row;

import static org.thongsuot.units.internal.agencies.CodeListFile.CODE;
import static org.thongsuot.units.internal.agencies.CodeListFile.KIND;
import static org.thongsuot.units.internal.agencies.CodeListFile.NAME;
import static org.thongsuot.units.internal.agencies.CodeListFile.NAME_EN;
import static org.thongsuot.units.internal.agencies.CodeListFile.PARENT_CODE;
import static org.thongsuot.units.internal.agencies.CodeListFile.UNIT_CODE;
import static org.thongsuot.units.internal.agencies.CodeListFile.UNIT_LEVEL;
import static org.thongsuot.units.internal.agencies.CodeListFile.VALID_FROM;
import static org.thongsuot.units.internal.agencies.CodeListFile.VALID_TO;

/**
 * Checks every row of one code list against the format, the unit registry and the agencies on record,
 * collecting every error (not only the first) so the file can be fixed in one go. Writes nothing. The
 * rules are listed in docs/agencies.md.
 */
final class CodeListCheck {

	static final int MAX_NAME_LENGTH = 500;
	private static final Set<AgencyKind> PROVINCIAL = Set.of(AgencyKind.PEOPLES_COMMITTEE, AgencyKind.DEPARTMENT,
			AgencyKind.PUBLIC_ADMINISTRATION_CENTRE);
	private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
			.withResolverStyle(ResolverStyle.STRICT);

	/** A row whose every field is valid. {@code unit} is the unit version the agency lies in. */
	record Checked(Row row, AgencyCode code, String name, String nameEn, Unit unit, AgencyKind kind,
			AgencyCode parentCode, LocalDate validFrom, LocalDate validTo) {

		boolean provinceCommittee() {
			return kind == AgencyKind.PEOPLES_COMMITTEE && unit.level() == Level.PROVINCE;
		}

		/** A day inside the unit version, to look its agencies up on. */
		LocalDate day(LocalDate today) {
			return validFrom != null ? validFrom : unit.validFrom() != null ? unit.validFrom()
					: unit.validTo() != null ? unit.validTo() : today;
		}

		/** The agency's first day: a committee's is its unit version's; others default to it. */
		LocalDate from() {
			return kind == AgencyKind.PEOPLES_COMMITTEE || validFrom == null ? unit.validFrom() : validFrom;
		}

		LocalDate to() {
			return kind == AgencyKind.PEOPLES_COMMITTEE || validTo == null ? unit.validTo() : validTo;
		}

		/** The row as the agency it describes (id: minus the row number), to compare with agencies on record. */
		Agency asAgency() {
			return new Agency(-row.number(), code, name, nameEn, new Agency.UnitRef(unit.level(), unit.code()), kind,
					null, from(), to());
		}
	}

	/** What the registry knows, read through these so the check can run without a database in tests. */
	interface Registry {

		List<Unit> versions(Level level, String code);

		/** Every agency that has had the code, oldest first (one at a time: periods never overlap). */
		List<Agency> byCode(String code);

		Optional<Agency> committee(Level level, String unitCode, LocalDate day);

		/** The oldest units on record the unit in force on {@code day} was formed from (none: itself). */
		List<Unit> predecessors(Level level, String code, LocalDate day);

		/**
		 * Whether the unit ({@code level}, {@code code}) in force on {@code day} took over the whole of the
		 * older agency's unit (not a part: a split unit's code does not go to one of its parts).
		 */
		boolean succeeds(Agency older, Level level, String code, LocalDate day);
	}

	private final Registry registry;
	private final LocalDate today;
	private final List<AgencyImportError> errors = new ArrayList<>();
	private final Map<String, List<Unit>> versions = new HashMap<>();

	CodeListCheck(Registry registry, LocalDate today) {
		this.registry = registry;
		this.today = today;
	}

	List<AgencyImportError> errors() {
		return errors;
	}

	/** The rows that passed every check, in file order; {@link #errors()} has the rest. */
	List<Checked> check(List<Row> rows) {
		List<Checked> checked = new ArrayList<>();
		Map<String, List<Checked>> codeRows = new HashMap<>();
		Map<String, Integer> committeeRows = new HashMap<>();
		for (Row row : rows) {
			Checked candidate = fields(row);
			if (candidate == null) {
				continue;
			}
			List<Checked> sameCode = codeRows.computeIfAbsent(candidate.code().value(), k -> new ArrayList<>());
			Optional<Checked> overlapping = sameCode.stream()
					.filter(other -> overlap(other.asAgency(), candidate.asAgency())).findFirst();
			if (overlapping.isPresent()) {
				error(row, CODE, Reason.DUPLICATE_IN_FILE, String.valueOf(overlapping.get().row().number()));
				continue;
			}
			sameCode.add(candidate);
			if (candidate.kind() == AgencyKind.PEOPLES_COMMITTEE) {
				Integer other = committeeRows.putIfAbsent(versionKey(candidate.unit()), row.number());
				if (other != null) {
					errors.add(AgencyImportError.variant(row.number(), UNIT_CODE, row.get(UNIT_CODE),
							Reason.DUPLICATE_IN_FILE, "committee", List.of(String.valueOf(other))));
					continue;
				}
			}
			checked.add(candidate);
		}
		List<Checked> consistent = new ArrayList<>();
		Map<String, Checked> byCode = checked.stream()
				.collect(Collectors.toMap(c -> c.code().value(), Function.identity(), (first, later) -> first));
		Map<String, String> provinceLevel1 = new HashMap<>();
		checked.stream().filter(Checked::provinceCommittee)
				.forEach(c -> provinceLevel1.put(versionKey(c.unit()), c.code().level1()));
		for (Checked row : checked) {
			if (againstRegistry(row, byCode, codeRows, provinceLevel1)) {
				consistent.add(row);
			}
		}
		return consistent;
	}

	/** Each field on its own; null (with the errors recorded) if any is wrong. */
	private Checked fields(Row row) {
		int before = errors.size();
		AgencyCode code = code(row, CODE, true);
		String name = text(row, NAME, true);
		String nameEn = text(row, NAME_EN, false);
		Level level = oneOf(row, UNIT_LEVEL, Level.class, Reason.INVALID_LEVEL);
		String unitCode = required(row, UNIT_CODE);
		if (level != null && unitCode != null && !level.accepts(unitCode)) {
			error(row, UNIT_CODE, Reason.INVALID_UNIT_CODE, level.name(), String.valueOf(level.codeLength()));
		}
		AgencyKind kind = oneOf(row, KIND, AgencyKind.class, Reason.INVALID_KIND);
		AgencyCode parent = code(row, PARENT_CODE, false);
		if (parent != null && code != null && parent.equals(code)) {
			error(row, PARENT_CODE, Reason.PARENT_IS_SELF);
		}
		LocalDate from = date(row, VALID_FROM);
		LocalDate to = date(row, VALID_TO);
		if (from != null && to != null && from.isAfter(to)) {
			error(row, VALID_TO, Reason.DATES_REVERSED, from.toString());
		}
		if (errors.size() > before) {
			return null;
		}
		Unit unit = unitVersion(row, level, unitCode, from, to);
		if (unit == null || !codeFitsKind(row, code, kind, unit)) {
			return null;
		}
		return new Checked(row, code, name, nameEn, unit, kind, parent, from, to);
	}

	/** The version of the unit the row's dates fall in; the only version when it gives no date. */
	private Unit unitVersion(Row row, Level level, String code, LocalDate from, LocalDate to) {
		List<Unit> all = versions.computeIfAbsent(level + ":" + code, k -> registry.versions(level, code));
		if (all.isEmpty()) {
			error(row, UNIT_CODE, Reason.UNIT_NOT_FOUND, level.name());
			return null;
		}
		LocalDate day = from != null ? from : to;
		if (day == null) {
			if (all.size() > 1) {
				error(row, UNIT_CODE, Reason.UNIT_AMBIGUOUS, periods(all));
				return null;
			}
			return all.get(0);
		}
		Optional<Unit> version = all.stream().filter(v -> v.validOn(day)).findFirst();
		if (version.isEmpty()) {
			errors.add(AgencyImportError.variant(row.number(), UNIT_CODE, code, Reason.UNIT_NOT_FOUND, "onDay",
					List.of(level.name(), day.toString(), periods(all))));
			return null;
		}
		if (from != null && to != null && !version.get().validOn(to)) {
			error(row, VALID_TO, Reason.OUTSIDE_UNIT_PERIOD, periods(List.of(version.get())));
			return null;
		}
		return version.get();
	}

	/**
	 * The appendix of Decision 20/2020/QĐ-TTg gives the provinces' People's Committees the level-1 letter H,
	 * and their agencies' codes follow from it; a level-1 code alone names the province's committee.
	 */
	private boolean codeFitsKind(Row row, AgencyCode code, AgencyKind kind, Unit unit) {
		if (PROVINCIAL.contains(kind) && code.level1Letter() != 'H') {
			error(row, CODE, Reason.CODE_NOT_PROVINCIAL, code.level1());
			return false;
		}
		boolean provinceCommittee = kind == AgencyKind.PEOPLES_COMMITTEE && unit.level() == Level.PROVINCE;
		if (provinceCommittee != (code.level() == 1)) {
			errors.add(AgencyImportError.variant(row.number(), CODE, code.value(), Reason.CODE_LEVEL_MISMATCH,
					provinceCommittee ? "provinceCommittee" : "level1Reserved", List.of(String.valueOf(code.level()))));
			return false;
		}
		return true;
	}

	/** The checks against other rows and the agencies on record. */
	private boolean againstRegistry(Checked row, Map<String, Checked> file, Map<String, List<Checked>> codeRows,
			Map<String, String> provinceLevel1) {
		int before = errors.size();
		Row source = row.row();
		LocalDate day = row.day(today);
		if (!row.provinceCommittee()) {
			String expected = provinceLevel1(row.unit(), day, provinceLevel1);
			if (expected != null && !expected.equals(row.code().level1())) {
				error(source, CODE, Reason.LEVEL_1_MISMATCH, row.code().level1(), expected);
			}
		}
		else {
			keptLevel1(row.unit(), day, provinceLevel1).ifPresent(kept -> {
				if (!kept.level1().equals(row.code().level1())) {
					error(source, CODE, Reason.LEVEL_1_NOT_KEPT, row.code().level1(), kept.level1(), kept.province());
				}
			});
		}
		Agency self = row.asAgency();
		List<Agency> recorded = registry.byCode(row.code().value());
		Optional<Agency> target;
		if (row.kind() == AgencyKind.PEOPLES_COMMITTEE) {
			target = registry.committee(row.unit().level(), row.unit().code(), day);
			if (target.isPresent() && target.get().code() != null && !target.get().code().equals(row.code())) {
				error(source, CODE, Reason.CODE_CONFLICT, target.get().code().value(), target.get().name());
			}
		}
		else {
			// The same agency, if the code is on record for it in this period; another one is an error below.
			target = recorded.stream().filter(a -> overlap(a, self) && a.kind() == row.kind()
					&& a.unit().equals(self.unit())).findFirst();
		}
		List<Agency> holders = new ArrayList<>(recorded);
		codeRows.getOrDefault(row.code().value(), List.of()).stream().filter(other -> other != row)
				.map(Checked::asAgency).forEach(holders::add);
		for (Agency holder : holders) {
			if (target.isPresent() && holder.id() == target.get().id()) {
				continue;
			}
			if (overlap(holder, self)) {
				if (holder.id() > 0) {
					error(source, CODE, Reason.CODE_TAKEN, holder.name(), String.valueOf(holder.id()));
				}
			}
			else if (!sameLineage(holder, self)) {
				error(source, CODE, Reason.CODE_REUSED, holder.name(), holder.id() > 0 ? String.valueOf(holder.id())
						: "-", holder.validTo() == null ? "…" : holder.validTo().toString());
			}
		}
		if (row.parentCode() != null) {
			if (!file.containsKey(row.parentCode().value()) && registry.byCode(row.parentCode().value()).isEmpty()) {
				error(source, PARENT_CODE, Reason.PARENT_NOT_FOUND);
			}
			else if (inCycle(row, file)) {
				error(source, PARENT_CODE, Reason.PARENT_CYCLE);
			}
		}
		return errors.size() == before;
	}

	/**
	 * A code passes from one agency to a later one only along the lineage: the same kind of agency, of a
	 * unit that took over the whole of the older one's unit (the new province named like a merged one
	 * keeps its committee's code: Decision 09/2025/QĐ-TTg). Otherwise a closed code would be reused.
	 */
	private boolean sameLineage(Agency a, Agency b) {
		boolean aFirst = a.validTo() != null && (b.validFrom() == null || a.validTo().isBefore(b.validFrom()));
		Agency older = aFirst ? a : b;
		Agency newer = aFirst ? b : a;
		if (older.kind() != newer.kind()) {
			return false;
		}
		LocalDate newerDay = newer.someDay(today);
		return registry.succeeds(older, newer.unit().level(), newer.unit().code(), newerDay);
	}

	/** Whether two agencies' periods share a day (open ends reach forever). */
	static boolean overlap(Agency a, Agency b) {
		boolean aStartsBeforeBEnds = a.validFrom() == null || b.validTo() == null || !a.validFrom().isAfter(b.validTo());
		boolean bStartsBeforeAEnds = b.validFrom() == null || a.validTo() == null || !b.validFrom().isAfter(a.validTo());
		return aStartsBeforeBEnds && bStartsBeforeAEnds;
	}

	/** The level-1 code a province keeps, and the old province it keeps it from. */
	private record Kept(String level1, String province) {
	}

	/**
	 * Decision 09/2025/QĐ-TTg (amending Decision 20/2020/QĐ-TTg): a province formed by a merger whose name is
	 * that of one of the merged provinces uses that province's level-1 code; the others' codes are closed.
	 * So a province's committee keeps the level-1 code of the committee of its same-named predecessor, when
	 * that code is known (in the file or on record).
	 */
	private Optional<Kept> keptLevel1(Unit province, LocalDate day, Map<String, String> fromFile) {
		String name = VietnameseText.toneKey(province.name());
		for (Unit old : registry.predecessors(Level.PROVINCE, province.code(), day)) {
			if (old.equals(province) || !VietnameseText.toneKey(old.name()).equals(name)) {
				continue;
			}
			LocalDate oldDay = old.validTo() != null ? old.validTo() : old.validFrom();
			String code = fromFile.get(versionKey(old));
			if (code == null && oldDay != null) {
				code = registry.committee(Level.PROVINCE, old.code(), oldDay).map(Agency::code)
						.map(AgencyCode::level1).orElse(null);
			}
			if (code != null) {
				return Optional.of(new Kept(code, old.fullName()));
			}
		}
		return Optional.empty();
	}

	/** The level-1 code of the province the unit lies in, from the file or the registry, if known. */
	private String provinceLevel1(Unit unit, LocalDate day, Map<String, String> fromFile) {
		List<Unit> provinces = versions.computeIfAbsent(Level.PROVINCE + ":" + unit.provinceCode(),
				k -> registry.versions(Level.PROVINCE, unit.provinceCode()));
		Optional<Unit> province = provinces.stream().filter(p -> p.validOn(day)).findFirst();
		if (province.isEmpty()) {
			return null;
		}
		String listed = fromFile.get(versionKey(province.get()));
		if (listed != null) {
			return listed;
		}
		return registry.committee(Level.PROVINCE, unit.provinceCode(), day)
				.map(Agency::code)
				.map(AgencyCode::level1)
				.orElse(null);
	}

	private static boolean inCycle(Checked row, Map<String, Checked> file) {
		Set<String> seen = new HashSet<>();
		Checked current = row;
		while (current != null && current.parentCode() != null) {
			if (!seen.add(current.code().value())) {
				return true;
			}
			current = file.get(current.parentCode().value());
		}
		return false;
	}

	private AgencyCode code(Row row, String column, boolean needed) {
		String value = needed ? required(row, column) : row.get(column);
		if (value == null) {
			return null;
		}
		Optional<AgencyCode.Violation> violation = AgencyCode.check(value);
		if (violation.isPresent()) {
			errors.add(AgencyImportError.invalidCode(row.number(), column, value, violation.get()));
			return null;
		}
		return AgencyCode.of(value);
	}

	private String text(Row row, String column, boolean needed) {
		String value = needed ? required(row, column) : row.get(column);
		if (value != null && value.length() > MAX_NAME_LENGTH) {
			error(row, column, Reason.TOO_LONG, String.valueOf(MAX_NAME_LENGTH));
			return null;
		}
		return value;
	}

	private <E extends Enum<E>> E oneOf(Row row, String column, Class<E> type, Reason reason) {
		String value = required(row, column);
		if (value == null) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			error(row, column, reason,
					Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
			return null;
		}
	}

	/** ISO (2025-07-01) or as Vietnamese write it (01/07/2025). */
	private LocalDate date(Row row, String column) {
		String value = row.get(column);
		if (value == null) {
			return null;
		}
		try {
			return value.contains("/") ? LocalDate.parse(value, VIETNAMESE_DATE) : LocalDate.parse(value);
		}
		catch (DateTimeParseException e) {
			error(row, column, Reason.INVALID_DATE);
			return null;
		}
	}

	private String required(Row row, String column) {
		String value = row.get(column);
		if (value == null) {
			error(row, column, Reason.REQUIRED);
		}
		return value;
	}

	private void error(Row row, String column, Reason reason, String... arguments) {
		errors.add(new AgencyImportError(row.number(), column, row.get(column), reason, List.of(arguments)));
	}

	private static String versionKey(Unit unit) {
		return unit.level() + ":" + unit.code() + ":" + unit.validFrom() + ":" + unit.validTo();
	}

	/** Validity periods as ISO dates, open ends shown as "…", with the names: language-neutral. */
	static String periods(List<Unit> versions) {
		Map<String, String> periods = new LinkedHashMap<>();
		for (Unit v : versions) {
			periods.put((v.validFrom() == null ? "…" : v.validFrom().toString()) + " – "
					+ (v.validTo() == null ? "…" : v.validTo().toString()), v.fullName());
		}
		return periods.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")")
				.collect(Collectors.joining("; "));
	}
}
