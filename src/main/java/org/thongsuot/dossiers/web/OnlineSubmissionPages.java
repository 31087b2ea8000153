package org.thongsuot.dossiers.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.thongsuot.dossiers.Applicant;
import org.thongsuot.dossiers.ComponentFile;
import org.thongsuot.dossiers.Dossiers;
import org.thongsuot.dossiers.Receipt;
import org.thongsuot.dossiers.ReceiptRequest;
import org.thongsuot.dossiers.SubmissionChannel;
import org.thongsuot.identity.CurrentUser;
import org.thongsuot.identity.Officials;
import org.thongsuot.platform.ApiException;
import org.thongsuot.procedures.AgencyRef;
import org.thongsuot.procedures.ProcedureVersion;
import org.thongsuot.procedures.Procedures;
import org.thongsuot.units.Agencies;
import org.thongsuot.units.Agency;
import org.thongsuot.units.AgencyKind;
import org.thongsuot.units.Level;
import org.thongsuot.units.Units;

/**
 * A citizen submits a dossier online: {@code /my-dossiers/new?procedure=…} is the e-form built from the
 * procedure version in force (its papers, required or not, one file each; the receiving points of the
 * province's configuration), and the answer is the receipt at once: code, appointment, the look-up
 * secret and form 01 with its QR code. Each form carries a fresh idempotency key, so a double click or a
 * reload of the answer returns the same dossier, never a second one.
 */
@Controller
class OnlineSubmissionPages {

	/** At most this many communes in the list of receiving points (Lâm Đồng has 124 since 2025). */
	private static final int COMMUNES = Agencies.MAX_LIMIT;

	private final Dossiers dossiers;
	private final Officials officials;
	private final Procedures procedures;
	private final Agencies agencies;
	private final MessageSource messages;

	OnlineSubmissionPages(Dossiers dossiers, Officials officials, Procedures procedures, Agencies agencies,
			MessageSource messages) {
		this.dossiers = dossiers;
		this.officials = officials;
		this.procedures = procedures;
		this.agencies = agencies;
		this.messages = messages;
	}

	/** What the form shows back: the applicant's fields and the chosen receiving point. */
	record Form(String applicantName, String applicantIdNumber, String applicantPhone, Long agencyId) {
	}

	@GetMapping("/my-dossiers/new")
	String form(@RequestParam String procedure, Model model, Locale locale) {
		CurrentUser user = officials.current();
		String name = officials.displayName(user.username()).orElse("");
		prepare(procedure, model, locale);
		model.addAttribute("form", new Form(name, user.citizenId(), "", null));
		model.addAttribute("submissionKey", UUID.randomUUID().toString());
		return "dossiers/submit";
	}

	@PostMapping("/my-dossiers")
	String submit(@RequestParam String procedureCode, @RequestParam(required = false) Long agencyId,
			@RequestParam String applicantName, @RequestParam String applicantIdNumber,
			@RequestParam(required = false) String applicantPhone,
			@RequestParam(name = "component", required = false) List<String> components,
			@RequestParam(name = "file", required = false) List<MultipartFile> files,
			@RequestParam(required = false) String submissionKey, Model model, Locale locale) throws IOException {
		CurrentUser user = officials.current();
		List<ComponentFile> received = DossierPages.received(components, files);
		String key = submissionKey == null || submissionKey.isBlank() ? null : submissionKey.strip();
		try {
			Receipt receipt = dossiers.receive(new ReceiptRequest(procedureCode, agencyId, SubmissionChannel.ONLINE,
					new Applicant(applicantName, applicantIdNumber, DossierPages.blank(applicantPhone)),
					received), user, key);
			model.addAttribute("receipt", receipt);
			model.addAttribute("times", new DossierPages.Times());
			return "dossiers/submitted";
		}
		catch (ApiException e) {
			prepare(procedureCode, model, locale);
			model.addAttribute("error", e.updateAndGetBody(messages, locale).getDetail());
			model.addAttribute("form", new Form(applicantName, applicantIdNumber, applicantPhone, agencyId));
			// the same key: the corrected form is the same submission, and still only one dossier
			model.addAttribute("submissionKey", key == null ? UUID.randomUUID().toString() : key);
			return "dossiers/submit";
		}
	}

	/** The procedure in force today, its papers and receiving points, or why it cannot be submitted online. */
	private void prepare(String code, Model model, Locale locale) {
		model.addAttribute("procedureCode", code);
		ProcedureVersion version;
		try {
			version = procedures.inForce(code, LocalDate.now(Units.ZONE), "procedure");
		}
		catch (ApiException e) {
			model.addAttribute("unavailable", e.updateAndGetBody(messages, locale).getDetail());
			return;
		}
		model.addAttribute("procedure", version);
		if (version.configuration() == null || version.configuration().onlineLevel() == null) {
			model.addAttribute("unavailable",
					messages.getMessage("dossiers.submit.notOnline", new Object[] { version.code() }, locale));
			return;
		}
		model.addAttribute("components", version.effectiveComponents());
		Map<Long, String> points = new LinkedHashMap<>();
		for (AgencyRef point : version.configuration().receivingPoints()) {
			if (point.communeOfSubmission()) {
				for (Agency commune : agencies.list(null, Level.COMMUNE, null, null, AgencyKind.PEOPLES_COMMITTEE,
						COMMUNES)) {
					points.put(commune.id(), commune.name());
				}
			}
			else if (point.agencyId() != null) {
				points.put(point.agencyId(), point.name());
			}
		}
		model.addAttribute("agencies", points);
	}
}
