package org.thongsuot.procedures.web;

import java.io.IOException;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.thongsuot.platform.ErrorCode;
import org.thongsuot.procedures.CatalogueFiles;
import org.thongsuot.procedures.DecentralizationReport;
import org.thongsuot.procedures.HistoryEntry;
import org.thongsuot.procedures.ImportReport;
import org.thongsuot.procedures.ProcedureVersion;
import org.thongsuot.procedures.Procedures;
import org.thongsuot.procedures.ProvinceConfiguration;
import org.thongsuot.procedures.VersionSummary;
import org.thongsuot.procedures.Violation;

/** The administrators' API of the catalogue (HTTP basic, role ADMIN): import, configure, publish, withdraw, decentralize. */
@RestController
@RequestMapping("/api/catalogue")
@Tag(name = "Catalogue administration", description = "Import, configuration, publication and decentralization of procedures")
@SecurityRequirement(name = "basic")
class CatalogueAdminApi {

	private final Procedures procedures;
	private final Texts texts;

	CatalogueAdminApi(Procedures procedures, Texts texts) {
		this.procedures = procedures;
		this.texts = texts;
	}

	@PostMapping(value = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Import the national catalogue (three files), all or nothing; dryRun=true only reports")
	ResponseEntity<ImportReport> importCatalogue(@RequestPart("procedures") MultipartFile procedureFile,
			@RequestPart("channels") MultipartFile channelFile, @RequestPart("full") MultipartFile fullFile,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom,
			@RequestParam(defaultValue = "false") boolean dryRun, Principal who, Locale locale) throws IOException {
		CatalogueFiles files = new CatalogueFiles("api: " + procedureFile.getOriginalFilename(), procedureFile.getBytes(),
				channelFile.getBytes(), fullFile.getBytes());
		ImportReport report = procedures.importCatalogue(files, effectiveFrom, who.getName(), !dryRun);
		if (!report.rejected().isEmpty()) {
			throw texts.refused(ErrorCode.PROCEDURE_IMPORT_REJECTED, report.rejected(), locale);
		}
		return ResponseEntity.status(report.saved() ? HttpStatus.CREATED : HttpStatus.OK).body(report);
	}

	@GetMapping("/imports")
	List<ImportReport> imports() {
		return procedures.imports();
	}

	@GetMapping("/procedures/{code}/versions")
	List<VersionSummary> versions(@PathVariable String code) {
		return procedures.versions(code);
	}

	@GetMapping("/procedures/{code}/history")
	List<HistoryEntry> history(@PathVariable String code) {
		procedures.versions(code);
		return procedures.history(code);
	}

	@GetMapping("/procedures/{code}/draft")
	ProcedureVersion draft(@PathVariable String code) {
		Procedures.checkCode(code, "code");
		return procedures.draft(code).orElseThrow(() -> org.thongsuot.platform.ApiException
				.of(ErrorCode.PROCEDURE_STATE_CONFLICT, code).withDetail("problem.PROCEDURE_STATE_CONFLICT.noDraft", code));
	}

	@PutMapping("/procedures/{code}/draft")
	@Operation(summary = "Save the province's configuration as the draft; 422 with every rule broken, nothing saved")
	ProcedureVersion configure(@PathVariable String code, @RequestBody ProvinceConfiguration configuration,
			Principal who, Locale locale) {
		List<Violation> violations = procedures.check(code, configuration);
		if (!violations.isEmpty()) {
			throw texts.refused(violations, locale);
		}
		return procedures.configure(code, configuration, who.getName());
	}

	@PostMapping("/procedures/{code}/publish")
	ProcedureVersion publish(@PathVariable String code,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom,
			Principal who) {
		return procedures.publish(code, effectiveFrom, who.getName());
	}

	@PostMapping("/procedures/{code}/withdraw")
	ProcedureVersion withdraw(@PathVariable String code,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom,
			@RequestParam String reason, Principal who) {
		return procedures.withdraw(code, effectiveFrom, reason, who.getName());
	}

	@PostMapping(value = "/decentralizations", consumes = { "text/csv", MediaType.TEXT_PLAIN_VALUE })
	@Operation(summary = "Apply a decentralization mapping (CSV code,to_level); dryRun=true only reports")
	ResponseEntity<DecentralizationReport> decentralize(@RequestBody String mapping,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom,
			@RequestParam String legalBasis, @RequestParam(defaultValue = "false") boolean dryRun, Principal who,
			Locale locale) {
		DecentralizationReport report = procedures.decentralize(mapping.getBytes(java.nio.charset.StandardCharsets.UTF_8),
				effectiveFrom, legalBasis, who.getName(), !dryRun);
		if (!report.rejected().isEmpty()) {
			throw texts.refused(ErrorCode.DECENTRALIZATION_REJECTED, report.rejected(), locale);
		}
		return ResponseEntity.status(report.saved() ? HttpStatus.CREATED : HttpStatus.OK).body(report);
	}
}
