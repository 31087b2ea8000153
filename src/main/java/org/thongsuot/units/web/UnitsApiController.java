package org.thongsuot.units.web;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.thongsuot.units.Level;
import org.thongsuot.units.Lineage;
import org.thongsuot.units.Unit;
import org.thongsuot.units.UnitHistory;
import org.thongsuot.units.UnitSearchHit;
import org.thongsuot.units.Units;

/** The units REST API: thin, every rule lives in {@link Units}. Dates are ISO (YYYY-MM-DD), days in Vietnam. */
@RestController
@RequestMapping(path = "/api/units", produces = "application/json")
@Tag(name = "Units", description = "Administrative units before and after the 2025-07-01 reorganization: "
		+ "dated versions, lineage, successor and predecessor look-up, name search")
class UnitsApiController {

	private static final String CODE = "Unit code: 2 digits (province), 3 (district, until 2025-06-30) or 5 (commune)";
	private static final String LEVEL = "PROVINCE, DISTRICT or COMMUNE; inferred from the code's length when omitted";
	private static final String AT = "The day (YYYY-MM-DD) the answer is for; default today in Vietnam";

	private final Units units;

	UnitsApiController(Units units) {
		this.units = units;
	}

	@GetMapping
	@Operation(summary = "List units in force on a day",
			description = "Sorted by name in Vietnamese order. For communes, filter by province (or, before "
					+ "2025-07-01, by district): the full list has thousands of entries.")
	List<Unit> list(
			@Parameter(description = "PROVINCE (default), DISTRICT or COMMUNE") @RequestParam(required = false) Level level,
			@Parameter(description = "Only units of this province (2 digits)", example = "68") @RequestParam(required = false) String province,
			@Parameter(description = "Only communes of this district (3 digits; districts exist until 2025-06-30)") @RequestParam(required = false) String district,
			@Parameter(description = AT) @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate at) {
		return units.list(level, province, district, at);
	}

	@GetMapping("/search")
	@Operation(summary = "Search units by name",
			description = "Ignores diacritics, case, tone-mark placement (Hoà = Hòa) and apostrophe style. Understands "
					+ "a type prefix (\"Xã Phúc Xá\") and a parent after a comma (\"Ba Đình, Hà Nội\"). Ranked: exact "
					+ "with the query's diacritics, exact, prefix, similar. Covers current and past units unless "
					+ "'at' is given.")
	List<UnitSearchHit> search(
			@Parameter(description = "The name to look for, 1 to 200 characters", example = "dak nong") @RequestParam(required = false) String q,
			@Parameter(description = "Only units in force on this day; default: any time") @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate at,
			@Parameter(description = "Only this level") @RequestParam(required = false) Level level,
			@Parameter(description = "At most this many hits, 1 to 100") @RequestParam(defaultValue = "20") int limit) {
		return units.search(q, at, level, limit);
	}

	@GetMapping("/{code}")
	@Operation(summary = "The version of a unit in force on a day",
			description = "404 (UNIT_NOT_FOUND) names the code, level and day and lists the periods the code was valid.")
	Unit get(@Parameter(description = CODE, example = "68") @PathVariable String code,
			@Parameter(description = LEVEL) @RequestParam(required = false) Level level,
			@Parameter(description = AT) @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate at) {
		return units.get(level, code, at);
	}

	@GetMapping("/{code}/successors")
	@Operation(summary = "What a unit became",
			description = "Takes the unit the code denoted on 'asOf' and follows the recorded changes to the units in "
					+ "force on 'at'. Each successor has the composed relation (PARTIAL if any step was partial: a "
					+ "split unit lists all its successors), the effective dates, legal bases and every step. A "
					+ "unit still in force on 'at' resolves to itself (UNCHANGED, no steps).")
	Successors successors(@Parameter(description = CODE, example = "67") @PathVariable String code,
			@Parameter(description = LEVEL) @RequestParam(required = false) Level level,
			@Parameter(description = "The day the code is read on (YYYY-MM-DD), e.g. 2025-06-30 for an old code; default today", example = "2025-06-30")
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate asOf,
			@Parameter(description = "The day the successors are wanted for; default today; not before asOf")
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate at) {
		LocalDate from = asOf == null ? units.today() : asOf;
		LocalDate to = at == null ? units.today() : at;
		List<Lineage> successors = units.successors(level, code, from, to);
		// Every path starts at the unit asked about (an empty path: the unit itself); look it up only if no path.
		Unit unit = successors.stream().findFirst()
				.map(l -> l.path().isEmpty() ? l.unit() : l.path().get(0).from())
				.orElseGet(() -> units.get(level, code, from));
		return new Successors(unit, from, to, successors);
	}

	@GetMapping("/{code}/predecessors")
	@Operation(summary = "What a unit was formed from",
			description = "Takes the unit in force on 'at' and follows the recorded changes back to the units in force "
					+ "on 'before', or, without 'before', to the oldest units on record (for a unit formed on "
					+ "2025-07-01: the pre-2025 units). A unit with no recorded predecessor resolves to itself.")
	Predecessors predecessors(@Parameter(description = CODE, example = "68") @PathVariable String code,
			@Parameter(description = LEVEL) @RequestParam(required = false) Level level,
			@Parameter(description = AT) @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate at,
			@Parameter(description = "The day the predecessors are wanted for; default: as far back as recorded", example = "2025-06-30")
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate before) {
		LocalDate day = at == null ? units.today() : at;
		List<Lineage> predecessors = units.predecessors(level, code, day, before);
		// Every path ends at the unit asked about (an empty path: the unit itself); look it up only if no path.
		Unit unit = predecessors.stream().findFirst()
				.map(l -> l.path().isEmpty() ? l.unit() : l.path().get(l.path().size() - 1).to())
				.orElseGet(() -> units.get(level, code, day));
		return new Predecessors(unit, day, before, predecessors);
	}

	@GetMapping("/{code}/history")
	@Operation(summary = "Every version of a code and the changes into and out of them")
	UnitHistory history(@Parameter(description = CODE, example = "15") @PathVariable String code,
			@Parameter(description = LEVEL) @RequestParam(required = false) Level level) {
		return units.history(level, code);
	}

	@GetMapping("/{code}/children")
	@Operation(summary = "The units directly under a unit on a day",
			description = "A province's communes (from 2025-07-01) or districts (before), a district's communes.")
	List<Unit> children(@Parameter(description = CODE, example = "68") @PathVariable String code,
			@Parameter(description = LEVEL) @RequestParam(required = false) Level level,
			@Parameter(description = AT) @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate at) {
		return units.children(level, code, at);
	}

	/** The answer of a successor look-up: the unit asked about, the two days, what it became. */
	record Successors(Unit unit, LocalDate asOf, LocalDate at, List<Lineage> successors) {
	}

	/** The answer of a predecessor look-up: the unit asked about, the days, what it was formed from. */
	record Predecessors(Unit unit, LocalDate at, LocalDate before, List<Lineage> predecessors) {
	}
}
