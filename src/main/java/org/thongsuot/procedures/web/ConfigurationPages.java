package org.thongsuot.procedures.web;

import java.security.Principal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.thongsuot.calendar.WorkingCalendar;
import org.thongsuot.identity.Role;
import org.thongsuot.platform.ApiException;
import org.thongsuot.procedures.OnlineLevel;
import org.thongsuot.procedures.ProcedureLevel;
import org.thongsuot.procedures.ProcedureVersion;
import org.thongsuot.procedures.Procedures;
import org.thongsuot.procedures.TimeUnit;
import org.thongsuot.procedures.Violation;

/**
 * The administrator's page of one procedure: edit the province's configuration (saved as a draft),
 * preview the internal process with its time budget, publish the draft, withdraw the procedure; with its
 * versions and history.
 */
@Controller
class ConfigurationPages {

	private final Procedures procedures;
	private final WorkingCalendar calendar;
	private final Texts texts;

	ConfigurationPages(Procedures procedures, WorkingCalendar calendar, Texts texts) {
		this.procedures = procedures;
		this.calendar = calendar;
		this.texts = texts;
	}

	@GetMapping("/admin/catalogue/{code}")
	String page(@PathVariable String code, Model model) {
		ProcedureVersion base = procedures.configurationBase(code);
		ConfigurationForm form = ConfigurationForm.of(base);
		return render(code, base, form, List.of(), model);
	}

	@PostMapping("/admin/catalogue/{code}")
	String save(@PathVariable String code, @RequestParam Map<String, String> parameters, Principal who, Model model,
			RedirectAttributes redirect, Locale locale) {
		ProcedureVersion base = procedures.configurationBase(code);
		ConfigurationForm form = ConfigurationForm.of(parameters);
		ConfigurationForm.Parsed parsed = form.parse();
		List<Violation> violations = new ArrayList<>(parsed.problems());
		if (violations.isEmpty()) {
			violations.addAll(procedures.check(code, parsed.configuration()));
		}
		if ("save".equals(parameters.get("action")) && violations.isEmpty()) {
			procedures.configure(code, parsed.configuration(), who.getName());
			redirect.addFlashAttribute("notice", "procedures.admin.saved");
			return "redirect:/admin/catalogue/" + code;
		}
		model.addAttribute("previewed", true);
		return render(code, base, form, violations, model);
	}

	@PostMapping("/admin/catalogue/{code}/publish")
	String publish(@PathVariable String code,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom,
			Principal who, RedirectAttributes redirect, Locale locale) {
		return act(code, redirect, locale, "procedures.admin.published",
				() -> procedures.publish(code, effectiveFrom, who.getName()));
	}

	@PostMapping("/admin/catalogue/{code}/withdraw")
	String withdraw(@PathVariable String code,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom,
			@RequestParam(required = false) String reason, Principal who, RedirectAttributes redirect, Locale locale) {
		return act(code, redirect, locale, "procedures.admin.withdrawn",
				() -> procedures.withdraw(code, effectiveFrom, reason, who.getName()));
	}

	@PostMapping("/admin/catalogue/{code}/discard")
	String discard(@PathVariable String code, Principal who, RedirectAttributes redirect, Locale locale) {
		return act(code, redirect, locale, "procedures.admin.discarded", () -> {
			procedures.discardDraft(code, who.getName());
			return null;
		});
	}

	private String act(String code, RedirectAttributes redirect, Locale locale, String notice,
			java.util.function.Supplier<Object> action) {
		Procedures.checkCode(code, "code");
		try {
			action.get();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (ApiException e) {
			redirect.addFlashAttribute("actionErrors", List.of(texts.problem(e, locale)));
		}
		return "redirect:/admin/catalogue/" + code;
	}

	private String render(String code, ProcedureVersion base, ConfigurationForm form, List<Violation> violations,
			Model model) {
		ConfigurationForm.Parsed parsed = form.parse();
		model.addAttribute("code", code);
		model.addAttribute("base", base);
		model.addAttribute("inForce", procedures.findInForce(code, null).orElse(null));
		model.addAttribute("draft", procedures.draft(code).orElse(null));
		model.addAttribute("versions", procedures.versions(code));
		model.addAttribute("history", procedures.history(code));
		model.addAttribute("form", form);
		model.addAttribute("violations", violations);
		model.addAttribute("violationFields", violations.stream().map(Violation::field).toList());
		model.addAttribute("agencies", procedures.agencies());
		model.addAttribute("levels", List.of(ProcedureLevel.PROVINCE, ProcedureLevel.COMMUNE));
		model.addAttribute("units", List.of(TimeUnit.WORKING_DAYS, TimeUnit.WORKING_HOURS));
		model.addAttribute("onlineLevels", Arrays.asList(OnlineLevel.values()));
		model.addAttribute("roles", Arrays.stream(Role.values()).filter(r -> r != Role.ADMIN).toList());
		model.addAttribute("today", procedures.today());
		model.addAttribute("zone", calendar.zone());
		LocalDateTime sample = LocalDateTime.now(calendar.zone()).withSecond(0).withNano(0);
		model.addAttribute("preview", ProcessPreview.of(parsed.configuration(), calendar, sample));
		return "procedures/configure";
	}
}
