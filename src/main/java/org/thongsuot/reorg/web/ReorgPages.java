package org.thongsuot.reorg.web;

import java.time.LocalDate;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.thongsuot.reorg.Reorganizations;
import org.thongsuot.reorg.RunView;

/** The administrator's pages: plans, building one from the lineage, applying it, its progress and report. */
@Controller
class ReorgPages {

	private final Reorganizations reorg;

	ReorgPages(Reorganizations reorg) {
		this.reorg = reorg;
	}

	@GetMapping("/reorg")
	String plans(Model model) {
		model.addAttribute("plans", reorg.plans());
		return "reorg/plans";
	}

	@PostMapping("/reorg/plans")
	String build(@RequestParam("effectiveDate") LocalDate effectiveDate,
			@RequestParam(name = "province", required = false) String province, Authentication who) {
		long id = reorg.planFromLineage(effectiveDate, province == null || province.isBlank() ? null : province.strip(),
				null, null, who.getName()).id();
		return "redirect:/reorg/plans/" + id;
	}

	@GetMapping("/reorg/plans/{id}")
	String plan(@PathVariable("id") long id, Model model) {
		model.addAttribute("plan", reorg.plan(id));
		model.addAttribute("runs", reorg.runs(id));
		model.addAttribute("undecided", reorg.undecided(id));
		return "reorg/plan";
	}

	@PostMapping("/reorg/plans/{id}/apply")
	String apply(@PathVariable("id") long id, Authentication who) {
		RunView run = reorg.apply(id, who.getName());
		return "redirect:/reorg/runs/" + run.id();
	}

	@GetMapping("/reorg/runs/{id}")
	String run(@PathVariable("id") long id, Model model) {
		RunView run = reorg.run(id);
		model.addAttribute("run", run);
		if (!run.running()) {
			model.addAttribute("report", reorg.verification(id));
		}
		return "reorg/run";
	}
}
