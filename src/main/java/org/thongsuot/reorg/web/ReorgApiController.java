package org.thongsuot.reorg.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.thongsuot.platform.ApiException;
import org.thongsuot.platform.ErrorCode;
import org.thongsuot.reorg.AgencyMove;
import org.thongsuot.reorg.DryRunReport;
import org.thongsuot.reorg.Plan;
import org.thongsuot.reorg.PlanChange;
import org.thongsuot.reorg.PlanRejected;
import org.thongsuot.reorg.Reorganizations;
import org.thongsuot.reorg.RunView;
import org.thongsuot.reorg.Undecided;
import org.thongsuot.reorg.Verification;

import io.swagger.v3.oas.annotations.Operation;

/** The cut-over's API, for administrators (HTTP basic). See docs/reorg.md. */
@RestController
// JSON declared up front: a request that cannot take JSON is refused (406) before anything is applied,
// not after (an apply that answered 406 had already started its run).
@RequestMapping(path = "/api/reorg", produces = { MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE })
class ReorgApiController {

	private final Reorganizations reorg;

	ReorgApiController(Reorganizations reorg) {
		this.reorg = reorg;
	}

	@GetMapping("/plans")
	List<Plan> plans() {
		return reorg.plans();
	}

	@PostMapping("/plans/from-lineage")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Build a plan from the units registry's lineage for an effective date (e.g. 2025-07-01), optionally one province")
	Plan fromLineage(@RequestParam(name = "effectiveDate", required = false) String effectiveDate,
			@RequestParam(name = "province", required = false) String province,
			@RequestParam(name = "name", required = false) String name,
			@RequestParam(name = "legalBasis", required = false) String legalBasis, Authentication who) {
		return reorg.planFromLineage(date(effectiveDate), blank(province), name, legalBasis, who.getName());
	}

	@PostMapping(path = "/plans", consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Upload a plan (JSON, see docs/reorg.md); refused whole with every field at fault")
	Plan upload(@RequestBody byte[] document, Authentication who) {
		try {
			return reorg.upload(document, who.getName());
		}
		catch (PlanRejected rejected) {
			throw problem(rejected);
		}
	}

	@GetMapping("/plans/{id}")
	Map<String, Object> plan(@PathVariable("id") long id) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("plan", reorg.plan(id));
		body.put("changes", reorg.changes(id));
		body.put("splitRules", reorg.splitRules(id));
		body.put("runs", reorg.runs(id));
		return body;
	}

	@GetMapping("/plans/{id}/agencies")
	List<AgencyMove> agencies(@PathVariable("id") long id) {
		return reorg.agencyMoves(id);
	}

	@GetMapping("/plans/{id}/changes")
	List<PlanChange> changes(@PathVariable("id") long id) {
		return reorg.changes(id);
	}

	@PostMapping("/plans/{id}/split-rules")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void splitRule(@PathVariable("id") long id, @RequestParam("fromCode") String fromCode,
			@RequestParam("locality") String locality, @RequestParam("toCode") String toCode, Authentication who) {
		reorg.addSplitRule(id, fromCode, locality, toCode, who.getName());
	}

	@GetMapping("/plans/{id}/dry-run")
	@Operation(summary = "What applying the plan now would move, and what it cannot decide; changes nothing")
	DryRunReport dryRun(@PathVariable("id") long id) {
		return reorg.dryRun(id);
	}

	@GetMapping("/plans/{id}/undecided")
	List<Undecided> undecided(@PathVariable("id") long id) {
		return reorg.undecided(id);
	}

	@PostMapping("/plans/{id}/decisions")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void decide(@PathVariable("id") long id, @RequestParam("subject") String subject,
			@RequestParam("itemKey") String itemKey, @RequestParam("agencyId") long agencyId, Authentication who) {
		reorg.decide(id, subject, itemKey, agencyId, who.getName());
	}

	@PostMapping("/plans/{id}/schedule")
	Plan schedule(@PathVariable("id") long id, Authentication who) {
		return reorg.schedule(id, who.getName());
	}

	@PostMapping("/plans/{id}/apply")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "Start applying the plan now (in the background); follow the run")
	RunView apply(@PathVariable("id") long id, Authentication who) {
		return reorg.apply(id, who.getName());
	}

	@PostMapping("/plans/{id}/rollback")
	@ResponseStatus(HttpStatus.ACCEPTED)
	RunView rollback(@PathVariable("id") long id, Authentication who) {
		return reorg.rollback(id, who.getName());
	}

	@GetMapping("/runs/{id}")
	RunView run(@PathVariable("id") long id) {
		return reorg.run(id);
	}

	@GetMapping("/runs/{id}/report")
	Verification report(@PathVariable("id") long id) {
		return reorg.verification(id);
	}

	@GetMapping(path = "/runs/{id}/report.csv", produces = "text/csv")
	ResponseEntity<byte[]> reportCsv(@PathVariable("id") long id) {
		byte[] csv = ReportCsv.write(reorg.verification(id)).getBytes(StandardCharsets.UTF_8);
		return ResponseEntity.ok()
				.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"reorg-run-" + id + ".csv\"")
				.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
				.body(csv);
	}

	static ApiException problem(PlanRejected rejected) {
		ApiException problem = ApiException.of(ErrorCode.REORG_PLAN_REJECTED, rejected.errors().size());
		problem.getBody().setProperty("errors", rejected.errors());
		return problem;
	}

	private static LocalDate date(String text) {
		if (text == null || text.isBlank()) {
			throw ApiException.ofParameter(ErrorCode.MISSING_PARAMETER, "effectiveDate", "date");
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (java.time.format.DateTimeParseException e) {
			throw ApiException.ofParameter(ErrorCode.INVALID_PARAMETER, "effectiveDate")
					.withDetail("problem.INVALID_PARAMETER.reorg.date", text);
		}
	}

	private static String blank(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
