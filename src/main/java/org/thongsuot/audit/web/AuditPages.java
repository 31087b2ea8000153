package org.thongsuot.audit.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.thongsuot.audit.AuditTrail;

/** The administrator's view of the trail: the chain's state, the latest entries, one subject's story. */
@Controller
class AuditPages {

	private static final int PAGE = 100;

	private final AuditTrail trail;

	AuditPages(AuditTrail trail) {
		this.trail = trail;
	}

	@GetMapping("/audit")
	String audit(@RequestParam(required = false) String subjectType, @RequestParam(required = false) String subjectId,
			@RequestParam(defaultValue = "false") boolean verify, Model model) {
		boolean bySubject = subjectType != null && !subjectType.isBlank() && subjectId != null && !subjectId.isBlank();
		model.addAttribute("subjectType", subjectType == null ? "" : subjectType.strip());
		model.addAttribute("subjectId", subjectId == null ? "" : subjectId.strip());
		model.addAttribute("bySubject", bySubject);
		model.addAttribute("entries",
				bySubject ? trail.about(subjectType.strip(), subjectId.strip(), PAGE) : trail.latest(PAGE));
		if (verify) {
			model.addAttribute("verification", trail.verify());
		}
		return "audit/index";
	}
}
