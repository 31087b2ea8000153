package org.thongsuot.units;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thongsuot.platform.ApiException;
import org.thongsuot.platform.ErrorCode;
import org.thongsuot.units.internal.LineageQueries;
import org.thongsuot.units.internal.UnitQueries;
import org.thongsuot.units.internal.UnitSearch;

/**
 * The registry of administrative units: the one entry point for other modules and the web layer.
 *
 * <p>Every look-up is for a day: a {@code null} date means today in Vietnam (Asia/Ho_Chi_Minh). A
 * {@code null} level is inferred from the code's length (2 digits province, 3 district, 5 commune).
 * Bad input is refused with an {@link ApiException} naming the parameter (as the REST API names it):
 * {@link ErrorCode#INVALID_PARAMETER} (400) for malformed input, {@link ErrorCode#UNIT_NOT_FOUND} (404)
 * for a code that denotes nothing on the day asked.
 */
@Service
@Transactional(readOnly = true)
public class Units {

	/** Vietnam's time zone: "today" is the day in Vietnam, not on the server. */
	public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
	public static final int MAX_QUERY_LENGTH = 200;
	public static final int DEFAULT_LIMIT = 20;
	public static final int MAX_LIMIT = 100;

	private final UnitQueries units;
	private final LineageQueries lineage;
	private final UnitSearch search;
	private final Clock clock;

	public Units(UnitQueries units, LineageQueries lineage, UnitSearch search, ObjectProvider<Clock> clock) {
		this.units = units;
		this.lineage = lineage;
		this.search = search;
		this.clock = clock.getIfUnique(Clock::systemUTC);
	}

	/** Today in Vietnam: the default day of every look-up. */
	public LocalDate today() {
		return LocalDate.now(clock.withZone(ZONE));
	}

	/** The version of the code in force on {@code at}; 404 problem listing when the code was valid, if ever. */
	public Unit get(Level level, String code, LocalDate at) {
		Level resolved = UnitArguments.level(level, code);
		LocalDate day = orToday(at);
		return units.valid(resolved, code, day).orElseThrow(() -> UnitArguments.notFound(resolved, code, day,
				units.versions(resolved, code)));
	}

	/** The version of the code in force on {@code at}, if any; malformed input is still refused. */
	public Optional<Unit> find(Level level, String code, LocalDate at) {
		return units.valid(UnitArguments.level(level, code), code, orToday(at));
	}

	/**
	 * The units of a level in force on {@code at}, sorted by name in Vietnamese order. {@code provinceCode}
	 * and {@code districtCode} (pre-2025 communes) narrow the list; either may be {@code null}.
	 */
	public List<Unit> list(Level level, String provinceCode, String districtCode, LocalDate at) {
		Level resolved = level == null ? Level.PROVINCE : level;
		UnitArguments.code("province", Level.PROVINCE, provinceCode);
		UnitArguments.code("district", Level.DISTRICT, districtCode);
		return units.list(resolved, provinceCode, districtCode, orToday(at));
	}

	/** The units directly under the unit in force on {@code at} (districts or communes of a province, communes of a district). */
	public List<Unit> children(Level level, String code, LocalDate at) {
		Unit parent = get(level, code, at);
		return units.children(parent, orToday(at));
	}

	/** Every version of the code, oldest first (empty if the code never existed). */
	public List<Unit> versions(Level level, String code) {
		return units.versions(UnitArguments.level(level, code), code);
	}

	/** Every version of the code and the changes into and out of them; 404 if the code never existed. */
	public UnitHistory history(Level level, String code) {
		Level resolved = UnitArguments.level(level, code);
		List<Unit> versions = units.versions(resolved, code);
		if (versions.isEmpty()) {
			throw UnitArguments.neverExisted(resolved, code);
		}
		return lineage.history(resolved, code, versions);
	}

	/**
	 * What the unit the code denoted on {@code asOf} became by {@code at} (both default to today): every
	 * unit in force on {@code at} that received part or all of its territory, with the composed relation
	 * and the path of changes. A unit still in force on {@code at} resolves to itself (UNCHANGED, empty
	 * path); a split unit yields all its successors, each PARTIAL.
	 */
	public List<Lineage> successors(Level level, String code, LocalDate asOf, LocalDate at) {
		LocalDate from = orToday(asOf);
		LocalDate to = orToday(at);
		UnitArguments.order("asOf", from, "at", to);
		Unit start = get(level, code, from);
		return lineage.successors(start, to);
	}

	/**
	 * The units the code's unit on {@code at} (default today) was formed from: those in force on
	 * {@code before}, or, when {@code before} is {@code null}, the oldest units on record in its lineage.
	 * A unit with no recorded predecessor resolves to itself.
	 */
	public List<Lineage> predecessors(Level level, String code, LocalDate at, LocalDate before) {
		LocalDate day = orToday(at);
		if (before != null) {
			UnitArguments.order("before", before, "at", day);
		}
		Unit start = get(level, code, day);
		return lineage.predecessors(start, before);
	}

	/**
	 * Every change of the lineage that took effect on {@code effective}: one {@link Hop} per (old unit, new
	 * unit) edge, ordered by the old unit. {@code provinceCode} (nullable: the whole country) keeps the
	 * changes into units of that province as it stood on {@code effective}. A reorganization plan is built
	 * from this list.
	 */
	public List<Hop> changesEffectiveOn(LocalDate effective, String provinceCode) {
		if (effective == null) {
			throw ApiException.ofParameter(ErrorCode.MISSING_PARAMETER, "effectiveDate", "date");
		}
		UnitArguments.code("province", Level.PROVINCE, provinceCode);
		return lineage.effectiveOn(effective, provinceCode);
	}

	/**
	 * Units whose name matches the query, ignoring diacritics, case, tone-mark placement and apostrophe
	 * style; best first: exact (with the query's diacritics), exact without diacritics, prefix, fuzzy.
	 * A type prefix ("Xã Phúc Xá", "phuong ba dinh") and a comma-separated parent ("Ba Đình, Hà Nội") are
	 * understood. {@code at} (nullable: all times) keeps units in force that day; {@code level} (nullable)
	 * keeps one level.
	 */
	public List<UnitSearchHit> search(String query, LocalDate at, Level level, int limit) {
		String q = UnitArguments.query(query);
		UnitArguments.limit(limit);
		return search.search(q, at, level, limit, today());
	}

	private LocalDate orToday(LocalDate day) {
		return day == null ? today() : day;
	}
}
