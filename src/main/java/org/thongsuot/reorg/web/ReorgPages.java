package org.thongsuot.reorg.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
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
import org.thongsuot.platform.ApiException;
import org.thongsuot.platform.ErrorCode;
import org.thongsuot.reorg.AgencyMove;
import org.thongsuot.reorg.DryRunReport;
import org.thongsuot.reorg.Plan;
import org.thongsuot.reorg.PlanRejected;
import org.thongsuot.reorg.Reorganizations;
import org.thongsuot.reorg.RunView;
import org.thongsuot.reorg.Undecided;
import org.thongsuot.units.Level;
import org.thongsuot.units.Units;

/**
 * The administrator's pages, in the order of the work: load a plan (from the registry's lineage or a
 * file), look at its dry run, decide the items the rules cannot place, apply it and follow the progress,
 * read and download the verification report, and roll it back after a confirmation.
 */
@Controller
class ReorgPages {

	/** The plan statuses from which it can be applied (Reorganizations refuses the others). */
	private static final Set<String> APPLICABLE = Set.of("DRAFT", "SCHEDULED", "APPLIED", "ROLLED_BACK");

	/** The order of the subjects on the pages (others after them). */
	private static final List<String> SUBJECT_ORDER = List.of("dossier", "step", "grant", "procedure");

	private final Reorganizations reorg;
	private final Units units;

	ReorgPages(Reorganizations reorg, Units units) {
		this.reorg = reorg;
		this.units = units;
	}

	@GetMapping("/reorg")
	String plans(Model model) {
		model.addAttribute("plans", reorg.plans());
		// The provinces in force today, for the "from the registry" form: people know names, not codes.
		model.addAttribute("provinces", units.list(Level.PROVINCE, null, null, units.today()));
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
		List<Undecided> queue = reorg.undecided(id);
		// The review queue in two lists: what still waits for a person, and what a person decided and
		// moves at the next application (it leaves the queue once moved).
		List<Undecided> waiting = queue.stream().filter(u -> u.decidedAgencyId() == null).toList();
		List<Undecided> decided = queue.stream().filter(u -> u.decidedAgencyId() != null).toList();
		RunView running = runs.stream().filter(RunView::running).findFirst().orElse(null);
		RunView lastApply = lastApply(runs).orElse(null);
		model.addAttribute("plan", plan);
		model.addAttribute("runs", runs);
		model.addAttribute("waiting", waiting);
		model.addAttribute("decided", decided);
		model.addAttribute("running", running);
		model.addAttribute("applied", lastApply != null);
		model.addAttribute("applicable", APPLICABLE.contains(plan.status()) && running == null);
		model.addAttribute("rollbackable", "APPLIED".equals(plan.status()) && running == null);
		model.addAttribute("next", next(plan, running, lastApply, waiting.size(), decided.size()));
		return "reorg/plan";
	}

	/** The plan's latest application (runs come newest first), if it was ever applied. */
	private static Optional<RunView> lastApply(List<RunView> runs) {
		return runs.stream().filter(r -> "APPLY".equals(r.mode())).findFirst();
	}

	/** What the administrator should do now, as a message key (reorg.next.*): one sentence at the top of the plan. */
	private static String next(Plan plan, RunView running, RunView lastApply, int waiting, int decided) {
		if (running != null) {
			return "running";
		}
		if ("ROLLED_BACK".equals(plan.status())) {
			return "rolledBack";
		}
		if (lastApply == null) {
			return "dryRun";
		}
		if (decided > 0) {
			return "applyDecided";
		}
		if (waiting > 0) {
			return "decide";
		}
		return "done";
	}

	@GetMapping("/reorg/plans/{id}/dry-run")
	String dryRun(@PathVariable("id") long id, Model model) {
		DryRunReport report = reorg.dryRun(id);
		model.addAttribute("report", report);
		// What matters most first: dossiers, then their steps, officials' grants, procedure configurations.
		model.addAttribute("subjects", report.subjects().stream()
				.sorted(Comparator.comparingInt(s -> order(s.subject()))).toList());
		model.addAttribute("undecidedTotal", report.subjects().stream().mapToLong(DryRunReport.Subject::undecided).sum());
		return "reorg/dry-run";
	}

	private static int order(String subject) {
		int i = SUBJECT_ORDER.indexOf(subject);
		return i < 0 ? SUBJECT_ORDER.size() : i;
	}

	/**
	 * A person's choice for one item of the review queue; it moves at the next application. A choice the
	 * plan does not allow (an agency that is not one of the split unit's successors, an item no longer
	 * waiting) is refused on the plan's page, saying why, and saves nothing.
	 */
	@PostMapping("/reorg/plans/{id}/decisions")
	String decide(@PathVariable("id") long id, @RequestParam("subject") String subject,
			@RequestParam("itemKey") String itemKey, @RequestParam("agencyId") long agencyId, Authentication who,
			RedirectAttributes redirect, Model model) {
		try {
			reorg.decide(id, subject, itemKey, agencyId, who.getName());
		}
		catch (ApiException refused) {
			if (refused.code() != ErrorCode.INVALID_PARAMETER) {
				throw refused;
			}
			Undecided item = reorg.undecided(id).stream()
					.filter(u -> u.subject().equals(subject) && u.itemKey().equals(itemKey)).findFirst().orElse(null);
			model.addAttribute("refusedItem", itemKey);
			if (item == null) {
				model.addAttribute("refused", "notWaiting");
			}
			else {
				model.addAttribute("refused", "notCandidate");
				model.addAttribute("refusedOldAgency", item.oldAgencyName());
				model.addAttribute("refusedCandidates",
						String.join("; ", item.candidates().stream().map(AgencyMove.Candidate::name).toList()));
			}
			return plan(id, model);
		}
		redirect.addFlashAttribute("saved", itemKey);
		return "redirect:/reorg/plans/" + id + "#undecided";
	}

	/**
	 * The first application starts only with the box ticked, as a rollback does: it moves everything at the
	 * plan's agencies. Applying again moves only what was decided since, so it needs no second confirmation.
	 */
	@PostMapping("/reorg/plans/{id}/apply")
	String apply(@PathVariable("id") long id, @RequestParam(name = "confirm", required = false) String confirm,
			Authentication who, Model model) {
		if (lastApply(reorg.runs(id)).isEmpty() && !"yes".equals(confirm)) {
			model.addAttribute("applyNotConfirmed", true);
			return plan(id, model);
		}
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
		model.addAttribute("progress", run.progress().stream()
				.sorted(Comparator.comparingInt(p -> order(p.subject()))).toList());
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
