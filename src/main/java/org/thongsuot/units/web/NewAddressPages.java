package org.thongsuot.units.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import org.thongsuot.units.Level;
import org.thongsuot.units.Lineage;
import org.thongsuot.units.Relation;
import org.thongsuot.units.Unit;
import org.thongsuot.units.Units;
import org.thongsuot.units.web.UnitLinks.LineageRow;

/**
 * "What is my new address?": pick the old province, district and commune (each choice narrows the next;
 * a plain form without JavaScript, htmx swaps only the form when it is there) or type an old name, and
 * see the new commune and province, every one of them for a split commune, and how to write the address.
 * An old district or province alone works too. Old units are read on 2025-06-30.
 */
@Controller
class NewAddressPages {

	private final Units units;

	NewAddressPages(Units units) {
		this.units = units;
	}

	/**
	 * The old unit asked about and what it became. {@code split}: more than one successor shares it.
	 * {@code newProvinces}: the provinces the successors lie in, named once ("Thành phố Hà Nội").
	 */
	record Answer(Unit old, Unit oldDistrict, Unit oldProvince, List<LineageRow> successors, boolean split,
			boolean unchanged, String newProvinces) {
	}

	/** An old unit found by name, with where it was and the link that picks it in the form. */
	record Found(Unit unit, String context, String href) {

		Found(Unit unit, String context, String province, String district, String commune) {
			this(unit, context, pickLink(province, district, commune));
		}

		private static String pickLink(String province, String district, String commune) {
			UriComponentsBuilder link = UriComponentsBuilder.fromPath("/new-address").queryParam("province", province);
			if (district != null) {
				link.queryParam("district", district);
			}
			if (commune != null) {
				link.queryParam("commune", commune);
			}
			return link.toUriString();
		}
	}

	@GetMapping("/new-address")
	String page(@RequestParam(required = false) String province, @RequestParam(required = false) String district,
			@RequestParam(required = false) String commune, @RequestParam(required = false) String q,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		LocalDate old = UnitLinks.BEFORE_REFORM;
		List<Unit> provinces = units.list(Level.PROVINCE, null, null, old);
		Unit oldProvince = pick(provinces, province);
		List<Unit> districts = oldProvince == null ? List.of()
				: units.list(Level.DISTRICT, oldProvince.code(), null, old);
		Unit oldDistrict = pick(districts, district);
		List<Unit> communes = oldDistrict == null ? List.of()
				: units.list(Level.COMMUNE, oldProvince.code(), oldDistrict.code(), old);
		Unit oldCommune = pick(communes, commune);
		model.addAttribute("provinces", provinces);
		model.addAttribute("districts", districts);
		model.addAttribute("communes", communes);
		model.addAttribute("province", oldProvince == null ? "" : oldProvince.code());
		model.addAttribute("district", oldDistrict == null ? "" : oldDistrict.code());
		model.addAttribute("commune", oldCommune == null ? "" : oldCommune.code());
		model.addAttribute("beforeReform", old);
		Unit asked = oldCommune != null ? oldCommune : oldDistrict != null ? oldDistrict : oldProvince;
		if (asked != null) {
			model.addAttribute("answer", answer(asked, oldDistrict, oldProvince));
		}
		String query = q == null ? "" : q.strip();
		model.addAttribute("q", query);
		if (!query.isEmpty()) {
			model.addAttribute("found", search(query));
		}
		return htmx != null ? "units/new-address :: finder" : "units/new-address";
	}

	private Answer answer(Unit asked, Unit oldDistrict, Unit oldProvince) {
		LocalDate today = units.today();
		List<Lineage> successors = units.successors(asked.level(), asked.code(), UnitLinks.BEFORE_REFORM, today);
		List<LineageRow> rows = successors.stream()
				// A district's duties went to its communes and its province: the communes are the answer.
				.filter(l -> asked.level() != Level.DISTRICT || l.unit().level() == Level.COMMUNE)
				.map(l -> UnitLinks.row(l, l.unit().level() == Level.PROVINCE ? Optional.empty()
						: units.find(Level.PROVINCE, l.unit().provinceCode(), today)))
				.toList();
		boolean unchanged = rows.size() == 1 && rows.get(0).relation() == Relation.UNCHANGED;
		String newProvinces = rows.stream().map(r -> r.province() == null ? r.unit() : r.province())
				.map(Unit::fullName).distinct().collect(Collectors.joining(", "));
		return new Answer(asked, asked.level() == Level.COMMUNE ? oldDistrict : null,
				asked.level() == Level.PROVINCE ? null : oldProvince, rows, rows.size() > 1, unchanged, newProvinces);
	}

	/** Old provinces, districts and communes whose name matches, with the choice that selects each. */
	private List<Found> search(String query) {
		String q = query.length() > Units.MAX_QUERY_LENGTH ? query.substring(0, Units.MAX_QUERY_LENGTH) : query;
		LocalDate old = UnitLinks.BEFORE_REFORM;
		return units.search(q, old, null, UnitPages.SEARCH_LIMIT).stream().map(hit -> {
			Unit unit = hit.unit();
			return switch (unit.level()) {
				case PROVINCE -> new Found(unit, "", unit.code(), null, null);
				case DISTRICT -> new Found(unit, provinceName(unit.provinceCode()), unit.provinceCode(), unit.code(), null);
				case COMMUNE -> new Found(unit, districtName(unit.parentCode()) + provinceName(unit.provinceCode()),
						unit.provinceCode(), unit.parentCode(), unit.code());
			};
		}).toList();
	}

	/** "Quận Ba Đình, ", or nothing for a commune whose district is not on record. */
	private String districtName(String code) {
		if (code == null || !Level.DISTRICT.accepts(code)) {
			return "";
		}
		return units.find(Level.DISTRICT, code, UnitLinks.BEFORE_REFORM).map(d -> d.fullName() + ", ").orElse("");
	}

	private String provinceName(String code) {
		return units.find(Level.PROVINCE, code, UnitLinks.BEFORE_REFORM).map(Unit::fullName).orElse("");
	}

	/** The unit of the list with this code; none for a code that is absent, malformed or not in the list. */
	private static Unit pick(List<Unit> choices, String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		return choices.stream().filter(u -> u.code().equals(code.strip())).findFirst().orElse(null);
	}
}
