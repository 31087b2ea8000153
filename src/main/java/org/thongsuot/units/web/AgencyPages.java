package org.thongsuot.units.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.thongsuot.platform.ApiException;
import org.thongsuot.platform.ErrorCode;
import org.thongsuot.units.Agencies;
import org.thongsuot.units.Agency;
import org.thongsuot.units.AgencyImportRejected;
import org.thongsuot.units.AgencyKind;
import org.thongsuot.units.AgencyRegistration;
import org.thongsuot.units.AgencySuccessor;
import org.thongsuot.units.Level;
import org.thongsuot.units.Units;

/**
 * The agencies' pages: one agency (its code, unit, period and who took over from it), the code list
 * import for administrators, which shows every error of a refused file in a table, and the registration
 * of one agency by hand (administrators), which names the field at fault.
 */
@Controller
class AgencyPages {

	private final Agencies agencies;
	private final Units units;
	private final MessageSource messages;

	AgencyPages(Agencies agencies, Units units, MessageSource messages) {
		this.agencies = agencies;
		this.units = units;
		this.messages = messages;
	}

	/** An error of a refused file, as the page's table shows it. */
	record ErrorRow(int row, String field, String value, String message) {
	}

	@GetMapping("/agencies/{id}")
	String agency(@PathVariable String id, Model model) {
		Agency agency = agencies.get(id, "id", null);
		LocalDate today = units.today();
		model.addAttribute("agency", agency);
		model.addAttribute("unitHref", UnitLinks.href(agency.unit().level(), agency.unit().code(), agency.someDay(today)));
		model.addAttribute("unit", units.find(agency.unit().level(), agency.unit().code(), agency.someDay(today))
				.orElse(null));
		model.addAttribute("parent", agency.parentId() == null ? null : agencies.get(agency.parentId()));
		boolean ended = !agency.validOn(today) && (agency.validFrom() == null || !today.isBefore(agency.validFrom()));
		model.addAttribute("ended", ended);
		List<AgencySuccessor> successors = ended ? agencies.successors(agency.id(), today) : List.of();
		model.addAttribute("successors", successors);
		return "units/agency";
	}

	/** The columns of a code list, explained on the import page. */
	@ModelAttribute("columns")
	List<String> columns() {
		return Agencies.CODE_LIST_COLUMNS;
	}

	@GetMapping("/agencies/import")
	String importForm() {
		return "units/agency-import";
	}

	@PostMapping("/agencies/import")
	String importFile(@RequestParam(name = "file", required = false) MultipartFile file, Authentication who,
			Locale locale, Model model) throws IOException {
		if (file == null || file.isEmpty()) {
			model.addAttribute("noFile", true);
			return "units/agency-import";
		}
		try {
			model.addAttribute("summary", agencies.importCodeList(file.getBytes(), file.getOriginalFilename(),
					who.getName()));
		}
		catch (AgencyImportRejected rejected) {
			model.addAttribute("errors", rejected.errors().stream()
					.map(e -> new ErrorRow(e.row(), e.field(), e.value(), ImportMessages.message(messages, e, locale)))
					.toList());
		}
		model.addAttribute("fileName", file.getOriginalFilename());
		return "units/agency-import";
	}

	/** The registration form as typed: text, so that a bad value is shown back as it was. */
	record RegistrationForm(String name, String nameEn, String kind, String unitLevel, String unitCode,
			String parentId, String code, String validFrom, String validTo) {

		static RegistrationForm empty() {
			return new RegistrationForm("", "", AgencyKind.PUBLIC_ADMINISTRATION_CENTRE.name(), Level.PROVINCE.name(),
					"", "", "", "", "");
		}
	}

	/** The kinds that may be registered by hand (committees come from the unit registry). */
	@ModelAttribute("kinds")
	List<AgencyKind> kinds() {
		return List.of(AgencyKind.PUBLIC_ADMINISTRATION_CENTRE, AgencyKind.DEPARTMENT, AgencyKind.OTHER);
	}

	@ModelAttribute("levels")
	List<Level> levels() {
		return List.of(Level.values());
	}

	@GetMapping("/agencies/new")
	String registrationForm(Model model) {
		model.addAttribute("form", RegistrationForm.empty());
		return "units/agency-new";
	}

	@PostMapping("/agencies/new")
	String register(@ModelAttribute("form") RegistrationForm form, Authentication who, Locale locale, Model model,
			HttpServletResponse response) {
		try {
			Agency agency = agencies.register(new AgencyRegistration(form.name(), form.nameEn(),
					parse("kind", form.kind(), AgencyKind::valueOf), parse("unitLevel", form.unitLevel(), Level::valueOf),
					form.unitCode(), parse("parentId", form.parentId(), Long::valueOf), form.code(),
					parse("validFrom", form.validFrom(), LocalDate::parse), parse("validTo", form.validTo(), LocalDate::parse)),
					who.getName());
			return "redirect:/agencies/" + agency.id();
		}
		catch (ApiException refused) {
			response.setStatus(refused.getStatusCode().value());
			model.addAttribute("errorField", refused.parameter());
			model.addAttribute("errorMessage", messages.getMessage(refused.getDetailMessageCode(),
					refused.getDetailMessageArguments(), refused.getDetailMessageCode(), locale));
			return "units/agency-new";
		}
	}

	/** The text read as a value; blank is none; anything else unreadable is refused naming the field. */
	private static <T> T parse(String field, String text, java.util.function.Function<String, T> reader) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return reader.apply(text.strip());
		}
		catch (RuntimeException e) {
			throw ApiException.ofParameter(ErrorCode.INVALID_PARAMETER, field, text);
		}
	}
}
