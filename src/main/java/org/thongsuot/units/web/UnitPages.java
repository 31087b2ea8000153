package org.thongsuot.units.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.thongsuot.units.Agencies;
import org.thongsuot.units.Level;
import org.thongsuot.units.Lineage;
import org.thongsuot.units.Unit;
import org.thongsuot.units.UnitHistory;
import org.thongsuot.units.UnitSearchHit;
import org.thongsuot.units.Units;

/**
 * The units pages: the provinces on a day (and a name search), and one unit's page with its parent,
 * children, history, what it was formed from, what it became, and its agencies.
 */
@Controller
class UnitPages {

	static final int SEARCH_LIMIT = 20;

	private final Units units;
	private final Agencies agencies;

	UnitPages(Units units, Agencies agencies) {
		this.units = units;
		this.agencies = agencies;
	}

	@GetMapping("/units")
	String index(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at,
			@RequestParam(required = false) String q, Model model) {
		LocalDate today = units.today();
		LocalDate day = at == null ? today : at;
		model.addAttribute("day", day);
		model.addAttribute("today", today);
		model.addAttribute("beforeReform", UnitLinks.BEFORE_REFORM);
		model.addAttribute("provinces", units.list(Level.PROVINCE, null, null, day));
		String query = q == null ? "" : q.strip();
		model.addAttribute("q", query);
		if (!query.isEmpty()) {
			List<UnitSearchHit> hits = units.search(query.length() > Units.MAX_QUERY_LENGTH
					? query.substring(0, Units.MAX_QUERY_LENGTH) : query, day, null, SEARCH_LIMIT);
			model.addAttribute("hits", hits.stream().map(hit -> new Hit(hit.unit(), UnitLinks.href(hit.unit().level(),
					hit.unit().code(), day), context(hit.unit(), day))).toList());
		}
		return "units/index";
	}

	/** A search hit with where it lies ("Quận Ba Đình, Thành phố Hà Nội"). */
	record Hit(Unit unit, String href, String context) {
	}

	@GetMapping("/units/{level}/{code}")
	String unit(@PathVariable("level") String levelSegment, @PathVariable String code,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at, Model model,
			HttpServletResponse response) {
		Level level = UnitLinks.level(levelSegment);
		LocalDate today = units.today();
		LocalDate day = at == null ? today : at;
		UnitHistory history = units.history(level, code);
		model.addAttribute("day", day);
		model.addAttribute("today", today);
		model.addAttribute("history", history);
		model.addAttribute("versionLinks", history.versions().stream().map(UnitLinks::href).toList());
		Optional<Unit> found = units.find(level, code, day);
		if (found.isEmpty()) {
			// The code exists, but not on that day: say when it did, with links, rather than a bare 404.
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			model.addAttribute("level", level);
			model.addAttribute("code", code);
			return "units/not-on-day";
		}
		Unit unit = found.get();
		model.addAttribute("unit", unit);
		model.addAttribute("parent", parent(unit, day).orElse(null));
		model.addAttribute("province", unit.level() == Level.PROVINCE || unit.provinceCode().equals(unit.parentCode())
				? null : units.find(Level.PROVINCE, unit.provinceCode(), day).orElse(null));
		model.addAttribute("children", units.children(level, code, day));
		List<Lineage> predecessors = units.predecessors(level, code, day, null);
		model.addAttribute("formedFrom", UnitLinks.onlyItself(predecessors, unit) ? List.of()
				: predecessors.stream().map(l -> UnitLinks.row(l, provinceOf(l.unit()))).toList());
		boolean ended = unit.validTo() != null && unit.validTo().isBefore(today);
		model.addAttribute("ended", ended);
		model.addAttribute("became", ended ? units.successors(level, code, day, today).stream()
				.map(l -> UnitLinks.row(l, provinceOf(l.unit()))).toList() : List.of());
		model.addAttribute("agencies", agencies.list(code, level, day, null, null, Agencies.MAX_LIMIT));
		return "units/unit";
	}

	private Optional<Unit> parent(Unit unit, LocalDate day) {
		if (unit.parentCode() == null) {
			return Optional.empty();
		}
		return Level.ofCode(unit.parentCode()).flatMap(level -> units.find(level, unit.parentCode(), day));
	}

	/** The province a unit lies in on a day it existed; none for a province. */
	private Optional<Unit> provinceOf(Unit unit) {
		if (unit.level() == Level.PROVINCE) {
			return Optional.empty();
		}
		LocalDate day = unit.validTo() != null ? unit.validTo() : unit.validFrom() != null ? unit.validFrom()
				: units.today();
		return units.find(Level.PROVINCE, unit.provinceCode(), day);
	}

	/** Where a unit lies: its district (before 2025-07-01) and province, full names. */
	private String context(Unit unit, LocalDate day) {
		if (unit.level() == Level.PROVINCE) {
			return "";
		}
		StringBuilder context = new StringBuilder();
		parent(unit, day).filter(p -> p.level() == Level.DISTRICT)
				.ifPresent(district -> context.append(district.fullName()).append(", "));
		units.find(Level.PROVINCE, unit.provinceCode(), day).ifPresent(p -> context.append(p.fullName()));
		return context.toString();
	}
}
