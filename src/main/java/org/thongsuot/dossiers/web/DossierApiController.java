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

	record ActionBody(Integer version, String note, List<FileBody> files) {
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
			+ "approve, return-result", description = "Send the version you read; a stale one is refused (409).")
	DossierView act(@PathVariable String code, @PathVariable String action, @RequestBody ActionBody body) {
		DossierAction what = DossierAction.ofSlug(action).orElseThrow(() -> ApiException
				.ofParameter(ErrorCode.INVALID_PARAMETER, "action").withDetail("problem.INVALID_PARAMETER.dossiers.action",
						action));
		ActionRequest request = body == null ? new ActionRequest(null, null, null)
				: new ActionRequest(body.version(), body.note(), files(body.files()));
		return dossiers.act(code, what, request, officials.current());
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
