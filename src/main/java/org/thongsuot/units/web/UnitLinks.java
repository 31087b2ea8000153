package org.thongsuot.units.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.web.util.UriComponentsBuilder;
import org.thongsuot.platform.ApiException;
import org.thongsuot.platform.ErrorCode;
import org.thongsuot.units.Hop;
import org.thongsuot.units.Level;
import org.thongsuot.units.Lineage;
import org.thongsuot.units.Relation;
import org.thongsuot.units.Unit;

/** What the units pages share: the day before and after the reform, links, and lineage as rows. */
final class UnitLinks {

	/** The last day of the pre-2025 units: the day people's old addresses are read on. */
	static final LocalDate BEFORE_REFORM = LocalDate.of(2025, 6, 30);
	static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

	private UnitLinks() {
	}

	/**
	 * One unit reached through the lineage, as a page shows it.
	 *
	 * @param unit the unit at the other end
	 * @param href its page on the day it existed
	 * @param relation how the older unit's territory went into the newer one
	 * @param oldType the older unit's type (for "xã → phường")
	 * @param newType the newer unit's type
	 * @param effectiveDates when the changes took effect
	 * @param legalBasis the acts that decided them, joined
	 * @param province the province the unit is (or was) in, when it is not a province itself
	 */
	record LineageRow(Unit unit, String href, Relation relation, String oldType, String newType,
			List<LocalDate> effectiveDates, String legalBasis, Unit province) {
	}

	/** The page of a unit version: on a day it existed (its last day, or its first for an open end). */
	static String href(Unit unit) {
		LocalDate day = unit.validTo() != null ? unit.validTo() : unit.validFrom();
		return href(unit.level(), unit.code(), day);
	}

	static String href(Level level, String code, LocalDate day) {
		UriComponentsBuilder link = UriComponentsBuilder.fromPath("/units/{level}/{code}");
		if (day != null) {
			link.queryParam("at", day);
		}
		return link.buildAndExpand(level.name().toLowerCase(Locale.ROOT), code).toUriString();
	}

	/** The level in a page's path ({@code province}, {@code district}, {@code commune}); 400 if it is none. */
	static Level level(String segment) {
		for (Level level : Level.values()) {
			if (level.name().equalsIgnoreCase(segment)) {
				return level;
			}
		}
		throw ApiException.ofParameter(ErrorCode.INVALID_PARAMETER, "level")
				.withDetail("problem.INVALID_PARAMETER.type", String.valueOf(segment), "province | district | commune");
	}

	/** A lineage as a row; {@code province} looks up the province of the unit at the other end. */
	static LineageRow row(Lineage lineage, Optional<Unit> province) {
		List<Hop> path = lineage.path();
		String oldType = path.isEmpty() ? lineage.unit().type() : path.get(0).from().type();
		String newType = path.isEmpty() ? lineage.unit().type() : path.get(path.size() - 1).to().type();
		return new LineageRow(lineage.unit(), href(lineage.unit()), lineage.relation(), oldType, newType,
				lineage.effectiveDates(), String.join("; ", lineage.legalBases()), province.orElse(null));
	}

	/** Whether a look-up only found the unit itself (no recorded change). */
	static boolean onlyItself(List<Lineage> lineages, Unit unit) {
		return lineages.size() == 1 && lineages.get(0).path().isEmpty()
				&& lineages.get(0).unit().code().equals(unit.code())
				&& lineages.get(0).unit().level() == unit.level();
	}
}
