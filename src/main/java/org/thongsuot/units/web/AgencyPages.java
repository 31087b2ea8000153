package org.thongsuot.units.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

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
import org.thongsuot.units.Agencies;
import org.thongsuot.units.Agency;
import org.thongsuot.units.AgencyImportRejected;
import org.thongsuot.units.AgencySuccessor;
import org.thongsuot.units.Units;

/**
 * The agencies' pages: one agency (its code, unit, period and who took over from it), and the code list
 * import for administrators, which shows every error of a refused file in a table.
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
}
