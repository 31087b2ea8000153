package org.thongsuot.portal.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.thongsuot.portal.ProcedureSearch;
import org.thongsuot.portal.SearchPage;
import org.thongsuot.portal.ServiceCentres;
import org.thongsuot.procedures.OnlineLevel;
import org.thongsuot.procedures.ProcedureLevel;
import org.thongsuot.procedures.ProcedureVersion;
import org.thongsuot.procedures.Procedures;

/**
 * The public pages: search procedures (the form works without JavaScript; htmx swaps only the results
 * while typing), and a procedure's page with what an applicant needs.
 */
@Controller
class ProcedurePages {

	private final ProcedureSearch search;
	private final Procedures procedures;
	private final ServiceCentres centres;

	ProcedurePages(ProcedureSearch search, Procedures procedures, ServiceCentres centres) {
		this.search = search;
		this.procedures = procedures;
		this.centres = centres;
	}

	@GetMapping("/procedures")
	String search(@RequestParam(required = false) String q, @RequestParam(required = false) String field,
			@RequestParam(required = false) ProcedureLevel level, @RequestParam(required = false) OnlineLevel online,
			@RequestParam(required = false) Integer page, Model model, HttpServletRequest request, Authentication who) {
		model.addAttribute("admin", isAdmin(who));
		SearchPage results = search.search(q, field, level, online, page, ProcedureSearch.DEFAULT_SIZE, null);
		model.addAttribute("results", results);
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("field", field == null ? "" : field);
		model.addAttribute("level", level);
		model.addAttribute("online", online);
		model.addAttribute("fields", search.fields());
		model.addAttribute("levels", List.of(ProcedureLevel.PROVINCE, ProcedureLevel.COMMUNE, ProcedureLevel.MINISTRY,
				ProcedureLevel.OTHER));
		model.addAttribute("onlineLevels", Arrays.asList(OnlineLevel.values()));
		if ("true".equals(request.getHeader("HX-Request")) && "results".equals(request.getHeader("HX-Target"))) {
			return "portal/search :: results";
		}
		return "portal/search";
	}

	@GetMapping("/procedures/{code}")
	String procedure(@PathVariable String code,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at, Model model,
			Authentication who) {
		ProcedureVersion version = procedures.inForce(code, at, "code");
		model.addAttribute("p", version);
		model.addAttribute("at", at);
		model.addAttribute("today", procedures.today());
		model.addAttribute("centres", centres.list());
		model.addAttribute("admin", isAdmin(who));
		return "portal/procedure";
	}

	private static boolean isAdmin(Authentication who) {
		return who != null && who.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_ADMIN"));
	}
}
