package org.thongsuot.dossiers.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.thongsuot.dossiers.ActionRequest;
import org.thongsuot.dossiers.Applicant;
import org.thongsuot.dossiers.ComponentFile;
import org.thongsuot.dossiers.DossierAction;
import org.thongsuot.dossiers.DossierStatus;
import org.thongsuot.dossiers.DossierView;
import org.thongsuot.dossiers.Dossiers;
import org.thongsuot.dossiers.Receipt;
import org.thongsuot.dossiers.ReceiptRequest;
import org.thongsuot.dossiers.ReturnMethod;
import org.thongsuot.dossiers.SubmissionChannel;
import org.thongsuot.identity.CurrentUser;
import org.thongsuot.identity.Officials;
import org.thongsuot.identity.Role;
import org.thongsuot.platform.ApiException;
import org.thongsuot.platform.ErrorCode;
import org.thongsuot.units.Agencies;

/**
 * The officials' pages (work queue, a dossier with its history and actions, the counter receipt form)
 * and the citizens' tracking page (code and receipt secret). A refused action comes back as a message
 * on the same page; nothing changed.
 */
@Controller
class DossierPages {

	private final Dossiers dossiers;
	private final Officials officials;
	private final Agencies agencies;
	private final MessageSource messages;
	private final org.thongsuot.dossiers.internal.DeadlineFlags queueFlags;

	DossierPages(Dossiers dossiers, Officials officials, Agencies agencies, MessageSource messages,
			org.thongsuot.dossiers.internal.DeadlineFlags queueFlags) {
		this.queueFlags = queueFlags;
		this.dossiers = dossiers;
		this.officials = officials;
		this.agencies = agencies;
		this.messages = messages;
	}

	/** Instants shown as local times in Vietnam. */
	static final class Times {

		public java.time.LocalDateTime local(java.time.Instant instant) {
			return instant == null ? null : java.time.LocalDateTime.ofInstant(instant, org.thongsuot.units.Units.ZONE);
		}
	}

	@org.springframework.web.bind.annotation.ModelAttribute("times")
	Times times() {
		return new Times();
	}

	@GetMapping("/dossiers")
	String queue(@org.springframework.web.bind.annotation.ModelAttribute("q") QueueFilter q, Model model,
			Locale locale) {
		CurrentUser user = officials.current();
		try {
			model.addAttribute("dossiers", q.empty() ? dossiers.queue(user) : dossiers.queue(q.query(), user));
		}
		catch (ApiException e) {
			model.addAttribute("error", detail(e, locale));
			model.addAttribute("dossiers", List.of());
		}
		// One threshold for the whole page instead of a calendar walk per line.
		model.addAttribute("flags", queueFlags.at(queueFlags.now()));
		model.addAttribute("statuses", DossierStatus.values());
		model.addAttribute("receiver", !user.agencies(Role.RECEIVER).isEmpty());
		return "dossiers/queue";
	}

	/** The queue page's search form; blank fields are no filter. */
	record QueueFilter(String code, String applicant, String procedure, DossierStatus status,
			@org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) java.time.LocalDate from,
			@org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) java.time.LocalDate to) {

		boolean empty() {
			return blank(code) == null && blank(applicant) == null && blank(procedure) == null && status == null
					&& from == null && to == null;
		}

		org.thongsuot.dossiers.DossierQuery query() {
			return new org.thongsuot.dossiers.DossierQuery(code, applicant, procedure, status, from, to, 200);
		}
	}

	@GetMapping("/dossiers/new")
	String form(Model model) {
		model.addAttribute("agencies", receivingAgencies(officials.current()));
		return "dossiers/new";
	}

	@PostMapping("/dossiers")
	String receive(@RequestParam String procedureCode, @RequestParam(required = false) Long agencyId,
			@RequestParam(defaultValue = "COUNTER") SubmissionChannel channel, @RequestParam String applicantName,
			@RequestParam String applicantIdNumber, @RequestParam(required = false) String applicantPhone,
			@RequestParam(name = "component", required = false) List<String> components,
			@RequestParam(name = "file", required = false) List<MultipartFile> files, Model model,
			RedirectAttributes redirect, Locale locale) throws IOException {
		CurrentUser user = officials.current();
		List<ComponentFile> received = received(components, files);
		try {
			Receipt receipt = dossiers.receive(new ReceiptRequest(procedureCode, agencyId, channel,
					new Applicant(applicantName, applicantIdNumber, blank(applicantPhone)), received), user, null);
			redirect.addFlashAttribute("secret", receipt.secret());
			return "redirect:/dossiers/" + receipt.dossier().code();
		}
		catch (ApiException e) {
			model.addAttribute("error", detail(e, locale));
			model.addAttribute("agencies", receivingAgencies(user));
			model.addAttribute("form", Map.of("procedureCode", procedureCode, "applicantName", applicantName,
					"applicantIdNumber", applicantIdNumber, "applicantPhone", applicantPhone == null ? "" : applicantPhone));
			return "dossiers/new";
		}
	}

	@GetMapping("/dossiers/results")
	String results(@RequestParam(required = false) Long agencyId, @RequestParam(required = false) LocalDate from,
			@RequestParam(required = false) LocalDate to, Model model, Locale locale) {
		CurrentUser user = officials.current();
		LocalDate today = LocalDate.now(org.thongsuot.units.Units.ZONE);
		LocalDate start = from == null ? today.withDayOfMonth(1) : from;
		LocalDate end = to == null ? today : to;
		Map<Long, String> names = new LinkedHashMap<>();
		for (Long id : user.agencies()) {
			names.put(id, agencies.get(id).name());
		}
		try {
			model.addAttribute("results", dossiers.issuedResults(agencyId, start, end, user));
		}
		catch (ApiException e) {
			model.addAttribute("results", List.of());
			model.addAttribute("error", detail(e, locale));
		}
		model.addAttribute("agencies", names);
		model.addAttribute("agencyId", agencyId);
		model.addAttribute("from", start);
		model.addAttribute("to", end);
		return "dossiers/results";
	}

	@GetMapping("/dossiers/{code}")
	String dossier(@PathVariable String code, Model model) {
		CurrentUser user = officials.current();
		DossierView dossier = dossiers.get(code, null, user);
		model.addAttribute("dossier", dossier);
		model.addAttribute("actions", actions(dossier, user));
		model.addAttribute("forms", forms(dossier));
		return "dossiers/dossier";
	}

	@PostMapping("/dossiers/{code}/actions/{action}")
	String act(@PathVariable String code, @PathVariable String action, @RequestParam Integer version,
			@RequestParam(required = false) String note, @RequestParam(required = false) Integer extensionDays,
			@RequestParam(required = false) ReturnMethod returnMethod,
			@RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes redirect,
			Locale locale) throws IOException {
		DossierAction what = DossierAction.ofSlug(action).orElseThrow(() -> ApiException
				.ofParameter(ErrorCode.INVALID_PARAMETER, "action").withDetail("problem.INVALID_PARAMETER.dossiers.action",
						action));
		List<ComponentFile> files = file == null || file.isEmpty() ? List.of()
				: List.of(new ComponentFile(null, file.getOriginalFilename(), file.getBytes()));
		try {
			dossiers.act(code, what, new ActionRequest(version, note, files, returnMethod, extensionDays),
					officials.current());
			redirect.addFlashAttribute("done", what.slug());
		}
		catch (ApiException e) {
			if (e.code() == ErrorCode.DOSSIER_NOT_FOUND) {
				throw e;
			}
			redirect.addFlashAttribute("error", detail(e, locale));
		}
		return "redirect:/dossiers/" + code;
	}

	@GetMapping("/tracking")
	String tracking() {
		return "dossiers/tracking";
	}

	@PostMapping("/tracking")
	String track(@RequestParam String code, @RequestParam String secret, Model model, Locale locale) {
		try {
			model.addAttribute("dossier", dossiers.get(code, secret, CurrentUser.ANONYMOUS));
		}
		catch (ApiException e) {
			model.addAttribute("error", detail(e, locale));
		}
		model.addAttribute("code", code);
		if (model.containsAttribute("dossier")) {
			// Kept in the page only to download a result returned online; never in a URL the server logs.
			model.addAttribute("secret", secret);
		}
		return "dossiers/tracking";
	}

	/** The actions the user may try now, with whether each needs a note. */
	static Map<String, Boolean> actions(DossierView d, CurrentUser user) {
		Map<String, Boolean> actions = new LinkedHashMap<>();
		boolean receiver = user.may(Role.RECEIVER, d.agencyId());
		DossierView.Step step = d.steps().get(d.step());
		boolean stepActor = user.may(Role.valueOf(step.role()), step.agencyId());
		boolean last = d.step() == d.steps().size() - 1;
		switch (d.status()) {
			case SUBMITTED -> {
				if (receiver) {
					actions.put(DossierAction.ACCEPT.slug(), false);
					actions.put(DossierAction.DECLINE.slug(), true);
				}
			}
			case RECEIVED, PROCESSING -> {
				if (stepActor) {
					if (!last) {
						actions.put(DossierAction.FORWARD.slug(), false);
					}
					if (d.step() > 0) {
						actions.put(DossierAction.RETURN.slug(), false);
					}
					actions.put(DossierAction.REQUEST_SUPPLEMENT.slug(), true);
					if (last) {
						actions.put(DossierAction.APPROVE.slug(), false);
					}
					actions.put(DossierAction.REFUSE.slug(), true);
				}
			}
			case SUPPLEMENT_REQUESTED -> {
				if (receiver) {
					actions.put(DossierAction.SUPPLY.slug(), false);
				}
			}
			case SUSPENDED -> {
				if (stepActor) {
					actions.put(DossierAction.RESUME.slug(), false);
				}
			}
			case FINANCIAL_OBLIGATION -> {
				if (stepActor || receiver) {
					actions.put(DossierAction.FULFIL_FINANCIAL_OBLIGATION.slug(), false);
				}
			}
			case DONE -> {
				DossierView.Step lastStep = d.steps().get(d.steps().size() - 1);
				if (receiver || user.may(Role.valueOf(lastStep.role()), lastStep.agencyId())) {
					actions.put(DossierAction.ATTACH_RESULT.slug(), false);
				}
				if (receiver && !d.results().isEmpty() && d.resultReadyAt() == null) {
					actions.put(DossierAction.MARK_READY.slug(), false);
				}
				if (receiver) {
					actions.put(DossierAction.RETURN_RESULT.slug(), false);
				}
			}
			case STOPPED -> {
				if (receiver) {
					actions.put(DossierAction.RETURN_RESULT.slug(), false);
				}
			}
			default -> {
			}
		}
		if ((d.status() == DossierStatus.RECEIVED || d.status() == DossierStatus.PROCESSING) && (stepActor || receiver)
				&& d.dueAt() != null && d.dueAt().isBefore(java.time.LocalDateTime.now(org.thongsuot.units.Units.ZONE))) {
			actions.put(DossierAction.APOLOGIZE.slug(), true);
		}
		if ((d.status() == DossierStatus.RECEIVED || d.status() == DossierStatus.PROCESSING) && stepActor) {
			actions.put(DossierAction.SUSPEND.slug(), true);
			actions.put(DossierAction.REQUEST_FINANCIAL_OBLIGATION.slug(), true);
		}
		if (!d.status().finished() && receiver) {
			actions.put(DossierAction.WITHDRAW.slug(), true);
		}
		return actions;
	}

	/** The forms issued for the dossier so far (Circular 03/2025/TT-VPCP, Appendix I), by number. */
	static List<String> forms(DossierView d) {
		java.util.Set<DossierAction> done = new java.util.HashSet<>();
		d.history().forEach(e -> {
			if (e.action() != null) {
				done.add(e.action());
			}
		});
		List<String> forms = new ArrayList<>(List.of("01"));
		if (done.contains(DossierAction.REQUEST_SUPPLEMENT)) {
			forms.add("02");
		}
		if (done.contains(DossierAction.REFUSE) || done.contains(DossierAction.DECLINE)) {
			forms.add("03");
		}
		if (done.contains(DossierAction.APOLOGIZE)) {
			forms.add("04");
		}
		if (done.contains(DossierAction.WITHDRAW) || done.contains(DossierAction.SUSPEND)) {
			forms.add("05");
		}
		forms.add("06");
		return forms;
	}

	private Map<Long, String> receivingAgencies(CurrentUser user) {
		Map<Long, String> names = new LinkedHashMap<>();
		for (Long id : user.agencies(Role.RECEIVER)) {
			names.put(id, agencies.get(id).name());
		}
		return names;
	}

	private String detail(ApiException e, Locale locale) {
		return e.updateAndGetBody(messages, locale).getDetail();
	}

	/**
	 * The papers a form sent: each non-empty file with the component named beside it (same order); an empty
	 * file input is a paper not given, for the receipt's check of required papers to name.
	 */
	static List<ComponentFile> received(List<String> components, List<MultipartFile> files) throws IOException {
		List<ComponentFile> received = new ArrayList<>();
		for (int i = 0; files != null && i < files.size(); i++) {
			MultipartFile file = files.get(i);
			if (file != null && !file.isEmpty()) {
				String component = components != null && i < components.size() ? components.get(i) : null;
				received.add(new ComponentFile(component, file.getOriginalFilename(), file.getBytes()));
			}
		}
		return received;
	}

	static String blank(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	static boolean finished(DossierStatus status) {
		return status.finished();
	}
}
