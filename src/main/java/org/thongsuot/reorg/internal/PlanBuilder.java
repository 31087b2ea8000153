package org.thongsuot.reorg.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.thongsuot.platform.ApiException;
import org.thongsuot.platform.ErrorCode;
import org.thongsuot.reorg.AgencyMove;
import org.thongsuot.reorg.ChangeKind;
import org.thongsuot.reorg.PlanChange;
import org.thongsuot.reorg.PlanRejected;
import org.thongsuot.reorg.SplitRule;
import org.thongsuot.reorg.PlanRejected.FieldError;
import org.thongsuot.units.Agencies;
import org.thongsuot.units.Agency;
import org.thongsuot.units.Hop;
import org.thongsuot.units.Level;
import org.thongsuot.units.Relation;
import org.thongsuot.units.Unit;
import org.thongsuot.units.Units;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds a plan: from the registry's lineage (the changes that took effect on a day), or from an uploaded
 * JSON document checked field by field. Either way the plan's agencies and their successors are resolved
 * from the registry and stored with it, so the dry run, the application and the report all read one
 * frozen list.
 */
@Service
public class PlanBuilder {

	/** At most this many agencies per old unit are read (a unit has its committee and a few departments). */
	private static final int AGENCIES_PER_UNIT = 500;

	private final Units units;
	private final Agencies agencies;
	private final PlanRepository plans;
	private final JsonMapper json;

	PlanBuilder(Units units, Agencies agencies, PlanRepository plans, JsonMapper json) {
		this.units = units;
		this.agencies = agencies;
		this.plans = plans;
		this.json = json;
	}

	/** A group of changes: one old unit and where it goes. */
	private record Group(Unit from, List<Unit> to, List<Relation> relations) {
	}

	/** The plan of the changes the registry records for {@code effective}, into units of {@code province} (null: all). */
	public long fromLineage(LocalDate effective, String province, String name, String legalBasis, String actor, Instant now) {
		List<Hop> hops = units.changesEffectiveOn(effective, province);
		if (hops.isEmpty()) {
			throw ApiException.ofParameter(ErrorCode.INVALID_PARAMETER, "effectiveDate")
					.withDetail("problem.INVALID_PARAMETER.reorg.noChanges", effective);
		}
		Map<String, Group> groups = new LinkedHashMap<>();
		Set<String> bases = new java.util.LinkedHashSet<>();
		for (Hop hop : hops) {
			Group g = groups.computeIfAbsent(hop.from().level() + ":" + hop.from().code(),
					k -> new Group(hop.from(), new ArrayList<>(), new ArrayList<>()));
			g.to().add(hop.to());
			g.relations().add(hop.relation());
			if (hop.legalBasis() != null) {
				bases.add(hop.legalBasis());
			}
		}
		String basis = legalBasis != null && !legalBasis.isBlank() ? legalBasis.strip()
				: bases.isEmpty() ? "—" : String.join("; ", bases);
		// A name a person reads in the list of plans: the day as written in Vietnam and the province's name.
		String where = province == null ? "cả nước"
				: units.find(Level.PROVINCE, province, effective).map(Unit::fullName).orElse("tỉnh " + province);
		String title = name != null && !name.isBlank() ? name.strip()
				: "Sắp xếp đơn vị hành chính từ " + effective.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))
						+ " — " + where;
		long planId = plans.insertPlan(title, effective, basis, province, "LINEAGE", now, actor);
		store(planId, effective, new ArrayList<>(groups.values()), Map.of());
		return planId;
	}

	/**
	 * The plan of an uploaded JSON document (docs/reorg.md). Every error is collected with its field's path;
	 * one error refuses the whole document and nothing is saved.
	 */
	public long fromUpload(byte[] document, String actor, Instant now) {
		List<FieldError> errors = new ArrayList<>();
		JsonNode root;
		try {
			root = json.readTree(document);
		}
		catch (JacksonException e) {
			throw new PlanRejected(List.of(new FieldError("", null, "UNREADABLE", "not a JSON document: "
					+ e.getOriginalMessage())));
		}
		if (root == null || !root.isObject()) {
			throw new PlanRejected(List.of(new FieldError("", null, "UNREADABLE", "the document must be a JSON object")));
		}
		String name = text(root, "name", errors, true);
		String basis = text(root, "legalBasis", errors, true);
		LocalDate effective = date(root, "effectiveDate", errors);
		String province = text(root, "provinceCode", errors, false);
		if (province != null && !province.matches("[0-9]{2}")) {
			errors.add(new FieldError("provinceCode", province, "INVALID", "a province code has 2 digits"));
		}
		JsonNode changes = root.get("changes");
		if (changes == null || !changes.isArray() || changes.isEmpty()) {
			errors.add(new FieldError("changes", null, "REQUIRED", "at least one change is required"));
		}
		if (effective == null || !errors.isEmpty()) {
			throw new PlanRejected(errors);
		}
		LocalDate before = effective.minusDays(1);
		Map<String, Group> groups = new LinkedHashMap<>();
		Map<String, ChangeKind> kinds = new HashMap<>();
		for (int i = 0; i < changes.size(); i++) {
			String path = "changes[" + i + "]";
			JsonNode change = changes.get(i);
			ChangeKind kind = null;
			String kindText = change.path("kind").asString(null);
			try {
				kind = kindText == null ? null : ChangeKind.valueOf(kindText);
			}
			catch (IllegalArgumentException e) {
				// reported below
			}
			if (kind == null) {
				errors.add(new FieldError(path + ".kind", kindText, kindText == null ? "REQUIRED" : "INVALID",
						"one of " + List.of(ChangeKind.values())));
			}
			Unit from = unit(change.path("from"), path + ".from", before, errors);
			JsonNode to = change.get("to");
			List<Unit> targets = new ArrayList<>();
			if (to == null || !to.isArray() || to.isEmpty()) {
				errors.add(new FieldError(path + ".to", null, "REQUIRED", "at least one successor unit is required"));
			}
			else {
				for (int j = 0; j < to.size(); j++) {
					Unit target = unit(to.get(j), path + ".to[" + j + "]", effective, errors);
					if (target != null) {
						targets.add(target);
					}
				}
				if (kind == ChangeKind.SPLIT && to.size() < 2) {
					errors.add(new FieldError(path + ".to", String.valueOf(to.size()), "SPLIT_NEEDS_TWO",
							"a split has at least two successors"));
				}
				if (kind != null && kind != ChangeKind.SPLIT && kind != ChangeKind.ABOLISH_LEVEL && to.size() != 1) {
					errors.add(new FieldError(path + ".to", String.valueOf(to.size()), "ONE_SUCCESSOR",
							"a " + kind + " has exactly one successor"));
				}
			}
			if (from != null) {
				String key = from.level() + ":" + from.code();
				if (groups.containsKey(key)) {
					errors.add(new FieldError(path + ".from", from.code(), "DUPLICATE", "the unit is changed twice"));
				}
				else if (kind != null) {
					List<Relation> relations = new ArrayList<>();
					ChangeKind k = kind;
					targets.forEach(t -> relations.add(relation(k, targets.size())));
					groups.put(key, new Group(from, targets, relations));
					kinds.put(key, kind);
				}
			}
		}
		Map<String, Map<String, String>> rules = new HashMap<>();
		JsonNode splitRules = root.get("splitRules");
		if (splitRules != null && splitRules.isArray()) {
			for (int i = 0; i < splitRules.size(); i++) {
				String path = "splitRules[" + i + "]";
				JsonNode rule = splitRules.get(i);
				Unit from = unit(rule.path("from"), path + ".from", before, errors);
				String locality = text(rule, "locality", errors, true, path + ".locality");
				String toCode = text(rule, "to", errors, true, path + ".to");
				if (from == null || locality == null || toCode == null) {
					continue;
				}
				String key = from.level() + ":" + from.code();
				if (kinds.get(key) != ChangeKind.SPLIT) {
					errors.add(new FieldError(path + ".from", from.code(), "NOT_SPLIT", "the plan does not split this unit"));
				}
				else if (groups.get(key).to().stream().noneMatch(u -> u.code().equals(toCode))) {
					errors.add(new FieldError(path + ".to", toCode, "NOT_A_SUCCESSOR",
							"not one of the successors the plan gives this unit"));
				}
				else if (Localities.key(locality) == null) {
					errors.add(new FieldError(path + ".locality", locality, "INVALID", "a village or street name is required"));
				}
				else {
					rules.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(locality, toCode);
				}
			}
		}
		if (!errors.isEmpty()) {
			throw new PlanRejected(errors);
		}
		long planId = plans.insertPlan(name, effective, basis, province, "UPLOAD", now, actor);
		store(planId, effective, new ArrayList<>(groups.values()), kinds);
		rules.forEach((key, byLocality) -> {
			Unit from = groups.get(key).from();
			byLocality.forEach((locality, to) -> plans.insertSplitRule(planId,
					new SplitRule(from.level().name(), from.code(), locality, to)));
		});
		return planId;
	}

	/** Adds (or replaces) a split rule; the unit must be split by the plan and the successor one of its own. */
	public void addSplitRule(long planId, String fromLevel, String fromCode, String locality, String toCode) {
		List<PlanChange> changes = plans.changes(planId).stream()
				.filter(c -> c.kind() == ChangeKind.SPLIT && c.fromCode().equals(fromCode)
						&& (fromLevel == null || c.fromLevel().equals(fromLevel)))
				.toList();
		if (changes.isEmpty()) {
			throw ApiException.ofParameter(ErrorCode.INVALID_PARAMETER, "fromCode")
					.withDetail("problem.INVALID_PARAMETER.reorg.notSplit", fromCode);
		}
		if (changes.stream().noneMatch(c -> c.toCode().equals(toCode))) {
			throw ApiException.ofParameter(ErrorCode.INVALID_PARAMETER, "toCode")
					.withDetail("problem.INVALID_PARAMETER.reorg.notSuccessor", toCode, fromCode);
		}
		if (Localities.key(locality) == null) {
			throw ApiException.ofParameter(ErrorCode.MISSING_PARAMETER, "locality", "text");
		}
		plans.insertSplitRule(planId, new SplitRule(changes.get(0).fromLevel(), fromCode, locality.strip(), toCode));
	}

	private void store(long planId, LocalDate effective, List<Group> groups, Map<String, ChangeKind> given) {
		LocalDate before = effective.minusDays(1);
		List<PlanChange> changes = new ArrayList<>();
		Map<String, Optional<Agency>> committees = new HashMap<>();
		int seq = 0;
		for (Group g : groups) {
			ChangeKind kind = given.getOrDefault(g.from().level() + ":" + g.from().code(), kind(g));
			for (int i = 0; i < g.to().size(); i++) {
				Unit to = g.to().get(i);
				changes.add(new PlanChange(++seq, kind, g.from().level().name(), g.from().code(), g.from().fullName(),
						to.level().name(), to.code(), to.fullName(), g.relations().get(i).name()));
			}
			// Who takes over: the one successor of the same level (or, for an abolished level, the one
			// receiving the whole unit); a split leaves the choice to addresses and people.
			List<Unit> sameLevel = g.to().stream().filter(u -> u.level() == g.from().level()).toList();
			Unit successor = null;
			if (kind != ChangeKind.SPLIT) {
				if (sameLevel.size() == 1) {
					successor = sameLevel.get(0);
				}
				else {
					for (int i = 0; i < g.to().size(); i++) {
						if (g.relations().get(i) != Relation.PARTIAL) {
							successor = g.to().get(i);
						}
					}
					if (successor == null && g.to().size() == 1) {
						successor = g.to().get(0);
					}
				}
			}
			List<Unit> candidateUnits = successor != null ? List.of() : sameLevel.isEmpty() ? g.to() : sameLevel;
			ChangeKind agencyKind = successor == null ? ChangeKind.SPLIT : kind;
			List<AgencyMove.Candidate> candidates = new ArrayList<>();
			for (Unit u : candidateUnits) {
				committee(committees, u, effective).ifPresent(a -> candidates.add(new AgencyMove.Candidate(a.id(), u.code(), a.name())));
			}
			Optional<Agency> successorAgency = successor == null ? Optional.empty() : committee(committees, successor, effective);
			for (Agency old : agenciesOf(g.from(), before)) {
				if (old.validTo() == null || !old.validTo().isBefore(effective)) {
					continue; // the agency goes on: nothing to hand over
				}
				plans.insertAgencyMove(planId, new AgencyMove(old.id(), old.name(), g.from().level().name(),
						g.from().code(), agencyKind, successorAgency.map(Agency::id).orElse(null),
						successorAgency.map(Agency::name).orElse(null), candidates, false));
			}
		}
		plans.insertChanges(planId, changes);
	}

	/** The agencies of the old unit on its last day (a unit known only from the supplement has none on record). */
	private List<Agency> agenciesOf(Unit unit, LocalDate before) {
		LocalDate day = unit.validTo() != null ? unit.validTo() : before;
		if (!unit.validOn(day)) {
			return List.of();
		}
		return agencies.list(unit.code(), unit.level(), day, null, null, AGENCIES_PER_UNIT);
	}

	private Optional<Agency> committee(Map<String, Optional<Agency>> cache, Unit unit, LocalDate day) {
		return cache.computeIfAbsent(unit.level() + ":" + unit.code(),
				k -> agencies.peoplesCommittee(unit.level(), unit.code(), day));
	}

	private static ChangeKind kind(Group g) {
		if (g.from().level() == Level.DISTRICT) {
			return ChangeKind.ABOLISH_LEVEL;
		}
		long sameLevel = g.to().stream().filter(u -> u.level() == g.from().level()).count();
		if (sameLevel > 1) {
			return ChangeKind.SPLIT;
		}
		return switch (g.relations().get(0)) {
			case FULL, PARTIAL -> ChangeKind.MERGE;
			case RENAMED -> ChangeKind.RENAME;
			case RETYPED -> ChangeKind.RETYPE;
			case UNCHANGED -> ChangeKind.UNCHANGED;
			case DISTRICT_TO_SPECIAL_ZONE -> ChangeKind.ABOLISH_LEVEL;
		};
	}

	private static Relation relation(ChangeKind kind, int targets) {
		return switch (kind) {
			case SPLIT -> Relation.PARTIAL;
			case RENAME -> Relation.RENAMED;
			case RETYPE -> Relation.RETYPED;
			case UNCHANGED -> Relation.UNCHANGED;
			case MERGE -> Relation.FULL;
			case ABOLISH_LEVEL -> targets > 1 ? Relation.PARTIAL : Relation.FULL;
		};
	}

	private Unit unit(JsonNode node, String path, LocalDate day, List<FieldError> errors) {
		if (node == null || !node.isObject()) {
			errors.add(new FieldError(path, null, "REQUIRED", "a unit {level, code} is required"));
			return null;
		}
		String code = node.path("code").asString(null);
		String levelText = node.path("level").asString(null);
		if (code == null || !code.matches("[0-9]{2}|[0-9]{3}|[0-9]{5}")) {
			errors.add(new FieldError(path + ".code", code, code == null ? "REQUIRED" : "INVALID",
					"a unit code has 2, 3 or 5 digits"));
			return null;
		}
		Level level = Level.ofCode(code).orElseThrow();
		if (levelText != null) {
			try {
				if (Level.valueOf(levelText) != level) {
					errors.add(new FieldError(path + ".level", levelText, "INVALID", "the code's length says " + level));
					return null;
				}
			}
			catch (IllegalArgumentException e) {
				errors.add(new FieldError(path + ".level", levelText, "INVALID", "PROVINCE, DISTRICT or COMMUNE"));
				return null;
			}
		}
		Optional<Unit> unit = units.find(level, code, day);
		if (unit.isEmpty()) {
			errors.add(new FieldError(path + ".code", code, "UNKNOWN_UNIT", "no " + level + " " + code + " on " + day));
			return null;
		}
		return unit.get();
	}

	private static String text(JsonNode node, String field, List<FieldError> errors, boolean required) {
		return text(node, field, errors, required, field);
	}

	private static String text(JsonNode node, String field, List<FieldError> errors, boolean required, String path) {
		JsonNode value = node.get(field);
		String text = value == null || value.isNull() ? null : value.asString("").strip();
		if (text == null || text.isEmpty()) {
			if (required) {
				errors.add(new FieldError(path, null, "REQUIRED", "required"));
			}
			return null;
		}
		if (text.length() > 500) {
			errors.add(new FieldError(path, text.substring(0, 40) + "…", "TOO_LONG", "at most 500 characters"));
			return null;
		}
		return text;
	}

	private static LocalDate date(JsonNode node, String field, List<FieldError> errors) {
		String text = text(node, field, errors, true);
		if (text == null) {
			return null;
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException e) {
			errors.add(new FieldError(field, text, "INVALID", "a date YYYY-MM-DD"));
			return null;
		}
	}

}
