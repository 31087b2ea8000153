package org.thongsuot.dossiers.web;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.thongsuot.dossiers.ActionRequest;
import org.thongsuot.dossiers.Applicant;
import org.thongsuot.dossiers.ComponentFile;
import org.thongsuot.dossiers.DossierAction;
import org.thongsuot.dossiers.DossierDocument;
import org.thongsuot.dossiers.IssuedResult;
import org.thongsuot.dossiers.ReturnMethod;
import org.thongsuot.dossiers.DossierQuery;
import org.thongsuot.dossiers.DossierStatus;
import org.thongsuot.dossiers.DossierSummary;
import org.thongsuot.dossiers.DossierView;
import org.thongsuot.dossiers.Dossiers;
import org.thongsuot.dossiers.Receipt;
import org.thongsuot.dossiers.ReceiptRequest;
import org.thongsuot.dossiers.SubmissionChannel;
import org.thongsuot.identity.Officials;
import org.thongsuot.platform.ApiException;
import org.thongsuot.platform.ErrorCode;

/** Receipt, reading, actions and search of dossiers. Answers are sent after the change has committed. */
@RestController
@RequestMapping("/api/dossiers")
@Tag(name = "Dossiers", description = "One-stop dossier handling")
class DossierApiController {

	private final Dossiers dossiers;
	private final Officials officials;

	DossierApiController(Dossiers dossiers, Officials officials) {
		this.dossiers = dossiers;
		this.officials = officials;
	}

	/** A file as JSON: its bytes in base64. */
	record FileBody(String component, String fileName, String contentBase64) {

		ComponentFile file(int index) {
			byte[] bytes;
			try {
				bytes = contentBase64 == null ? null : Base64.getMimeDecoder().decode(contentBase64);
			}
			catch (IllegalArgumentException e) {
				throw ApiException.ofParameter(ErrorCode.INVALID_PARAMETER, "files[" + index + "].contentBase64");
			}
			return new ComponentFile(component, fileName, bytes);
		}
	}

	record ReceiptBody(String procedureCode, Long agencyId, SubmissionChannel channel, Applicant applicant,
			List<FileBody> files) {
	}

	record ActionBody(Integer version, String note, List<FileBody> files, ReturnMethod returnMethod,
			Integer extensionDays) {
	}

	static List<ComponentFile> files(List<FileBody> bodies) {
		if (bodies == null) {
			return List.of();
		}
		return java.util.stream.IntStream.range(0, bodies.size()).mapToObj(i -> bodies.get(i) == null
				? new ComponentFile(null, null, null) : bodies.get(i).file(i)).toList();
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Receive a dossier (officials: counter or post; citizens: online)",
			description = "Files as base64. A retry with the same Idempotency-Key returns the first receipt (200) "
					+ "instead of a second dossier (201).")
	ResponseEntity<Receipt> receive(@RequestBody ReceiptBody body,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
		if (body == null) {
			throw ApiException.of(ErrorCode.INVALID_REQUEST_BODY);
		}
		Receipt receipt = dossiers.receive(new ReceiptRequest(body.procedureCode(), body.agencyId(), body.channel(),
				body.applicant(), files(body.files())), officials.current(), idempotencyKey);
		if (receipt.replayed()) {
			return ResponseEntity.ok(receipt);
		}
		return ResponseEntity.created(URI.create("/api/dossiers/" + receipt.dossier().code())).body(receipt);
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Receive a dossier, files as multipart parts",
			description = "Part 'dossier': the JSON of the other form without files; parts 'file' (repeated) with "
					+ "'component' (repeated, same order) naming each file's paper.")
	ResponseEntity<Receipt> receiveMultipart(@RequestPart("dossier") ReceiptBody body,
			@RequestPart(name = "file", required = false) List<MultipartFile> parts,
			@RequestParam(name = "component", required = false) List<String> components,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) throws IOException {
		List<ComponentFile> files = new java.util.ArrayList<>();
		for (int i = 0; parts != null && i < parts.size(); i++) {
			String component = components != null && i < components.size() ? components.get(i) : null;
			files.add(new ComponentFile(component, parts.get(i).getOriginalFilename(), parts.get(i).getBytes()));
		}
		Receipt receipt = dossiers.receive(new ReceiptRequest(body.procedureCode(), body.agencyId(), body.channel(),
				body.applicant(), files), officials.current(), idempotencyKey);
		if (receipt.replayed()) {
			return ResponseEntity.ok(receipt);
		}
		return ResponseEntity.created(URI.create("/api/dossiers/" + receipt.dossier().code())).body(receipt);
	}

	@GetMapping("/{code}")
	@Operation(summary = "A dossier: for officials of the agencies involved, its citizen, or with the receipt's secret")
	DossierView get(@PathVariable String code, @RequestParam(required = false) String secret) {
		return dossiers.get(code, secret, officials.current());
	}

	@PostMapping("/{code}/actions/{action}")
	@Operation(summary = "Act on a dossier: accept, decline, forward, return, request-supplement, supply, refuse, "
			+ "approve, return-result, withdraw, suspend, resume, request-financial-obligation, "
			+ "fulfil-financial-obligation, apologize, attach-result, mark-ready",
			description = "Send the version you read; a stale one is refused (409). attach-result (and approve) take "
					+ "the result document in files; return-result takes returnMethod (COUNTER, POST, ONLINE); "
					+ "apologize takes extensionDays (working days) and the reason in note.")
	DossierView act(@PathVariable String code, @PathVariable String action, @RequestBody ActionBody body) {
		DossierAction what = DossierAction.ofSlug(action).orElseThrow(() -> ApiException
				.ofParameter(ErrorCode.INVALID_PARAMETER, "action").withDetail("problem.INVALID_PARAMETER.dossiers.action",
						action));
		ActionRequest request = body == null ? new ActionRequest(null, null, null)
				: new ActionRequest(body.version(), body.note(), files(body.files()), body.returnMethod(),
						body.extensionDays());
		return dossiers.act(code, what, request, officials.current());
	}

	@GetMapping("/{code}/forms/{form}")
	@Operation(summary = "A one-stop form of the dossier as PDF: 01 receipt and appointment, 02 supplement request, "
			+ "03 refusal, 04 apology and new appointment, 05 stop notice, 06 processing control slip",
			description = "Numbered as in Appendix I of Circular 03/2025/TT-VPCP. Same readers as the dossier; the "
					+ "receipt's secret is printed on 01 only for officials of the receiving agency and the "
					+ "applicant's own account.")
	ResponseEntity<byte[]> form(@PathVariable String code, @PathVariable String form,
			@RequestParam(required = false) String secret) {
		String platform = org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromCurrentContextPath()
				.build().toUriString();
		return document(dossiers.form(code, form, secret, officials.current(), platform), true);
	}

	@GetMapping("/{code}/result")
	@Operation(summary = "The result document: officials involved; the applicant (account or ?secret=) once "
			+ "returned online")
	ResponseEntity<byte[]> result(@PathVariable String code, @RequestParam(required = false) String secret) {
		return document(dossiers.result(code, secret, officials.current()), false);
	}

	@GetMapping("/results")
	@Operation(summary = "The results registry (sổ theo dõi kết quả): results issued in the period (officials)")
	List<IssuedResult> results(@RequestParam(required = false) Long agencyId,
			@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to) {
		return dossiers.issuedResults(agencyId, from, to, officials.current());
	}

	static ResponseEntity<byte[]> document(DossierDocument d, boolean inline) {
		return ResponseEntity.ok().contentType(MediaType.parseMediaType(d.contentType()))
				.header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
						org.springframework.http.ContentDisposition.builder(inline ? "inline" : "attachment")
								.filename(d.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
				.header("X-Content-Type-Options", "nosniff")
				.header(org.springframework.http.HttpHeaders.CACHE_CONTROL, "no-store")
				.body(d.content());
	}

	@GetMapping
	@Operation(summary = "Search the dossiers of your agencies (officials)")
	List<DossierSummary> search(@RequestParam(required = false) String code,
			@RequestParam(required = false) String applicant, @RequestParam(required = false) String procedure,
			@RequestParam(required = false) DossierStatus status, @RequestParam(required = false) LocalDate from,
			@RequestParam(required = false) LocalDate to, @RequestParam(required = false) Integer limit) {
		return dossiers.search(new DossierQuery(code, applicant, procedure, status, from, to, limit),
				officials.current());
	}
}
