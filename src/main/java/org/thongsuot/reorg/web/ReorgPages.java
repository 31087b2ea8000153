package org.thongsuot.reorg.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.thongsuot.reorg.Plan;
import org.thongsuot.reorg.PlanRejected;
import org.thongsuot.reorg.Reorganizations;
import org.thongsuot.reorg.RunView;

/**
 * The administrator's pages, in the order of the work: load a plan (from the registry's lineage or a
 * file), look at its dry run, decide the items the rules cannot place, apply it and follow the progress,
 * read and download the verification report, and roll it back after a confirmation.
 */
@Controller
class ReorgPages {

	/** The plan statuses from which it can be applied (Reorganizations refuses the others). */
	private static final Set<String> APPLICABLE = Set.of("DRAFT", "SCHEDULED", "APPLIED", "ROLLED_BACK");

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

	/** A plan from a file in the documented format; a refused file shows every field at fault and saves nothing. */
	@PostMapping("/reorg/plans/upload")
	String upload(@RequestParam(name = "file", required = false) MultipartFile file, Authentication who, Model model)
			throws IOException {
		if (file == null || file.isEmpty()) {
			model.addAttribute("noFile", true);
			return plans(model);
		}
		try {
			return "redirect:/reorg/plans/" + reorg.upload(file.getBytes(), who.getName()).id();
		}
		catch (PlanRejected rejected) {
			model.addAttribute("fileName", file.getOriginalFilename());
			model.addAttribute("errors", rejected.errors());
			return plans(model);
		}
	}

	@GetMapping("/reorg/plans/{id}")
	String plan(@PathVariable("id") long id, Model model) {
		Plan plan = reorg.plan(id);
		List<RunView> runs = reorg.runs(id);
		model.addAttribute("plan", plan);
		model.addAttribute("runs", runs);
		model.addAttribute("undecided", reorg.undecided(id));
		model.addAttribute("applicable", APPLICABLE.contains(plan.status()) && runs.stream().noneMatch(RunView::running));
		model.addAttribute("rollbackable", "APPLIED".equals(plan.status()) && runs.stream().noneMatch(RunView::running));
		return "reorg/plan";
	}

	@GetMapping("/reorg/plans/{id}/dry-run")
	String dryRun(@PathVariable("id") long id, Model model) {
		model.addAttribute("report", reorg.dryRun(id));
		return "reorg/dry-run";
	}

	/** A person's choice for one item of the review queue; it moves at the next application. */
	@PostMapping("/reorg/plans/{id}/decisions")
	String decide(@PathVariable("id") long id, @RequestParam("subject") String subject,
			@RequestParam("itemKey") String itemKey, @RequestParam("agencyId") long agencyId, Authentication who,
			RedirectAttributes redirect) {
		reorg.decide(id, subject, itemKey, agencyId, who.getName());
		redirect.addFlashAttribute("decided", itemKey);
		return "redirect:/reorg/plans/" + id + "#undecided";
	}

	@PostMapping("/reorg/plans/{id}/apply")
	String apply(@PathVariable("id") long id, Authentication who) {
		RunView run = reorg.apply(id, who.getName());
		return "redirect:/reorg/runs/" + run.id();
	}

	@GetMapping("/reorg/plans/{id}/rollback")
	String rollbackForm(@PathVariable("id") long id, Model model) {
		Plan plan = reorg.plan(id);
		model.addAttribute("plan", plan);
		model.addAttribute("moved", reorg.runs(id).stream().filter(r -> "APPLY".equals(r.mode()))
				.flatMap(r -> r.progress().stream()).mapToLong(RunView.Progress::moved).sum());
		return "reorg/rollback";
	}

	/** The rollback starts only with the box ticked: it moves everything the plan moved back. */
	@PostMapping("/reorg/plans/{id}/rollback")
	String rollback(@PathVariable("id") long id, @RequestParam(name = "confirm", required = false) String confirm,
			Authentication who, Model model) {
		if (!"yes".equals(confirm)) {
			model.addAttribute("notConfirmed", true);
			return rollbackForm(id, model);
		}
		RunView run = reorg.rollback(id, who.getName());
		return "redirect:/reorg/runs/" + run.id();
	}

	@GetMapping("/reorg/runs/{id}")
	String run(@PathVariable("id") long id, Model model) {
		RunView run = reorg.run(id);
		model.addAttribute("run", run);
		model.addAttribute("plan", reorg.plan(run.planId()));
		if (!run.running()) {
			model.addAttribute("report", reorg.verification(id));
		}
		return "reorg/run";
	}

	/** The verification report as a file (CSV, UTF-8 with a byte order mark so spreadsheets read the Vietnamese). */
	@GetMapping("/reorg/runs/{id}/report.csv")
	ResponseEntity<byte[]> reportCsv(@PathVariable("id") long id) {
		byte[] csv = ("\uFEFF" + ReportCsv.write(reorg.verification(id))).getBytes(StandardCharsets.UTF_8);
		return ResponseEntity.ok()
				.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"doi-soat-luot-" + id + ".csv\"")
				.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
				.body(csv);
	}
}
