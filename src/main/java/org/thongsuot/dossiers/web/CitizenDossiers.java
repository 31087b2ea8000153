package org.thongsuot.dossiers.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.thongsuot.dossiers.ActionRequest;
import org.thongsuot.dossiers.DossierAction;
import org.thongsuot.platform.ApiException;
import org.thongsuot.platform.ErrorCode;
import org.thongsuot.dossiers.DossierSummary;
import org.thongsuot.dossiers.DossierView;
import org.thongsuot.dossiers.Dossiers;
import org.thongsuot.identity.Officials;

/**
 * A logged-in citizen's own dossiers: {@code /my-dossiers} (the list, newest first), {@code /my-dossiers/{code}}
 * (one of them with its forms, result and history; the applicant may withdraw it there, with a reason)
 * and {@code GET /api/my-dossiers}. Someone else's dossier answers 404 like an unknown code.
 */
@Controller
@Tag(name = "Dossiers")
class CitizenDossiers {

	private final Dossiers dossiers;
	private final Officials officials;
	private final org.springframework.context.MessageSource messages;

	CitizenDossiers(Dossiers dossiers, Officials officials, org.springframework.context.MessageSource messages) {
		this.dossiers = dossiers;
		this.officials = officials;
		this.messages = messages;
	}

	@GetMapping("/api/my-dossiers")
	@ResponseBody
	@Operation(summary = "The calling citizen's own dossiers, newest first (citizens only)")
	List<DossierSummary> api() {
		return dossiers.mine(officials.current());
	}

	@GetMapping("/my-dossiers")
	String list(Model model) {
		model.addAttribute("dossiers", dossiers.mine(officials.current()));
		model.addAttribute("times", new DossierPages.Times());
		return "dossiers/mine";
	}

	@GetMapping("/my-dossiers/{code}")
	String one(@PathVariable String code, Model model) {
		DossierView dossier = dossiers.get(code, null, officials.current());
		model.addAttribute("dossier", dossier);
		model.addAttribute("forms", DossierPages.forms(dossier));
		model.addAttribute("mine", true);
		model.addAttribute("times", new DossierPages.Times());
		return "dossiers/tracking";
	}

	/** The applicant withdraws their dossier (rút hồ sơ); a refusal comes back as a message, nothing changed. */
	@PostMapping("/my-dossiers/{code}/withdraw")
	String withdraw(@PathVariable String code, @RequestParam Integer version,
			@RequestParam(required = false) String note, RedirectAttributes redirect, java.util.Locale locale) {
		try {
			dossiers.act(code, DossierAction.WITHDRAW, new ActionRequest(version, note, List.of(), null, null),
					officials.current());
			redirect.addFlashAttribute("done", DossierAction.WITHDRAW.slug());
		}
		catch (ApiException e) {
			if (e.code() == ErrorCode.DOSSIER_NOT_FOUND) {
				throw e;
			}
			redirect.addFlashAttribute("error", e.updateAndGetBody(messages, locale).getDetail());
		}
		return "redirect:/my-dossiers/" + code;
	}
}
