package org.thongsuot.procedures.web;

import java.io.IOException;
import java.security.Principal;
import java.time.LocalDate;
import java.util.Locale;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.thongsuot.platform.ApiException;
import org.thongsuot.procedures.CatalogueFiles;
import org.thongsuot.procedures.DecentralizationReport;
import org.thongsuot.procedures.ImportReport;
import org.thongsuot.procedures.Procedures;

/**
 * The administrator's catalogue page: import a newer national catalogue (check first, then import),
 * apply a decentralization mapping, find a procedure to configure, and the drafts awaiting publication.
 */
@Controller
class CatalogueAdminPages {

	private final Procedures procedures;
	private final Texts texts;

	CatalogueAdminPages(Procedures procedures, Texts texts) {
		this.procedures = procedures;
		this.texts = texts;
	}

	@GetMapping("/admin/catalogue")
	String page(@RequestParam(required = false) String code, Model model, Locale locale) {
		if (code != null && !code.isBlank()) {
			String c = code.strip();
			if (c.matches("[0-9]{1,2}\\.[0-9]{6}") && procedures.exists(c)) {
				return "redirect:/admin/catalogue/" + c;
			}
			model.addAttribute("codeError", c);
		}
		return render(model);
	}

	@PostMapping("/admin/catalogue/import")
	String importFiles(@RequestParam(required = false) MultipartFile procedureFile,
			@RequestParam(required = false) MultipartFile channelFile, @RequestParam(required = false) MultipartFile fullFile,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom,
			@RequestParam(defaultValue = "check") String action, Principal who, Model model, Locale locale)
			throws IOException {
		if (empty(procedureFile) || empty(channelFile) || empty(fullFile)) {
			model.addAttribute("importError", texts.problem(ApiException.ofParameter(
					org.thongsuot.platform.ErrorCode.MISSING_PARAMETER, "files", "file")
					.withDetail("problem.MISSING_PARAMETER.procedures.files"), locale));
			return render(model);
		}
		try {
			CatalogueFiles files = new CatalogueFiles("upload: " + procedureFile.getOriginalFilename(),
					procedureFile.getBytes(), channelFile.getBytes(), fullFile.getBytes());
			ImportReport report = procedures.importCatalogue(files, effectiveFrom, who.getName(), "import".equals(action));
			model.addAttribute("importReport", report);
			model.addAttribute("importRejections", report.rejected().stream().map(r -> texts.rejection(r, locale)).toList());
		}
		catch (ApiException e) {
			model.addAttribute("importError", texts.problem(e, locale));
		}
		return render(model);
	}

	@PostMapping("/admin/catalogue/decentralize")
	String decentralize(@RequestParam(required = false) MultipartFile mappingFile,
			@RequestParam(required = false) String mapping,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom,
			@RequestParam(required = false) String legalBasis, @RequestParam(defaultValue = "check") String action,
			Principal who, Model model, Locale locale) throws IOException {
		byte[] csv = !empty(mappingFile) ? mappingFile.getBytes()
				: (mapping == null ? "" : mapping).getBytes(java.nio.charset.StandardCharsets.UTF_8);
		model.addAttribute("mapping", mapping);
		model.addAttribute("legalBasis", legalBasis);
		try {
			DecentralizationReport report = procedures.decentralize(csv, effectiveFrom, legalBasis, who.getName(),
					"apply".equals(action));
			model.addAttribute("decentralization", report);
			model.addAttribute("decentralizationRejections",
					report.rejected().stream().map(r -> texts.rejection(r, locale)).toList());
			model.addAttribute("decentralizationSkipped",
					report.skipped().stream().map(r -> texts.rejection(r, locale)).toList());
		}
		catch (ApiException e) {
			model.addAttribute("decentralizationError", texts.problem(e, locale));
		}
		return render(model);
	}

	private String render(Model model) {
		model.addAttribute("imports", procedures.imports());
		model.addAttribute("drafts", procedures.drafts());
		model.addAttribute("decentralizations", procedures.decentralizations());
		model.addAttribute("today", procedures.today());
		return "procedures/admin";
	}

	private static boolean empty(MultipartFile file) {
		return file == null || file.isEmpty();
	}
}
