package org.thongsuot.units.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
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
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.thongsuot.platform.ApiException;
import org.thongsuot.platform.ErrorCode;
import org.thongsuot.units.Agencies;
import org.thongsuot.units.Agency;
import org.thongsuot.units.AgencyImportError;
import org.thongsuot.units.AgencyImportRejected;
import org.thongsuot.units.AgencyImportSummary;
import org.thongsuot.units.AgencyKind;
import org.thongsuot.units.AgencyRegistration;
import org.thongsuot.units.AgencySuccessor;
import org.thongsuot.units.Level;

/**
 * The agencies API: look-up for anyone, the code list import for administrators. Thin: the rules live in
 * {@link Agencies}. See docs/agencies.md.
 */
@RestController
@RequestMapping(path = "/api/agencies", produces = "application/json")
@Tag(name = "Agencies", description = "Agencies of the administrative units (People's Committees, departments, "
		+ "Public Administration Centres), dated like their units, their electronic identification codes "
		+ "(Decision 20/2020/QĐ-TTg) and who succeeded them")
class AgencyApiController {

	private static final String AT = "The day (YYYY-MM-DD) the answer is for; default today in Vietnam";
	private static final String ID = "The agency's id, or its electronic identification code (e.g. 000.00.00.H41 or H41.12)";

	private final Agencies agencies;
	private final MessageSource messages;

	AgencyApiController(Agencies agencies, MessageSource messages) {
		this.agencies = agencies;
		this.messages = messages;
	}

	@GetMapping
	@Operation(summary = "Agencies in existence on a day",
			description = "By unit, level, kind or name (diacritics and case ignored, best match first). Without a "
					+ "query, People's Committees come first.")
	List<Agency> list(
			@Parameter(description = "Only agencies of this unit (2, 3 or 5 digits); 404 if it does not exist that day", example = "00097")
			@RequestParam(required = false) String unit,
			@Parameter(description = "PROVINCE, DISTRICT or COMMUNE") @RequestParam(required = false) Level level,
			@Parameter(description = AT) @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at,
			@Parameter(description = "Part of the name, with or without diacritics", example = "phuc xa") @RequestParam(required = false) String q,
			@Parameter(description = "Only this kind") @RequestParam(required = false) AgencyKind kind,
			@Parameter(description = "At most this many, 1 to 500; default 50") @RequestParam(required = false) Integer limit) {
		return agencies.list(unit, level, at, q, kind, limit);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One agency by id or code",
			description = "Also an agency that no longer exists: old documents carry old codes. Small letters in a "
					+ "code are read as capitals; a malformed code is INVALID_AGENCY_CODE (400).")
	Agency get(@Parameter(description = ID) @PathVariable String id,
			@Parameter(description = "For a code: the day it is read on (a code passes to the agency that continues "
					+ "the old one); default today") @RequestParam(required = false)
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at) {
		return agencies.get(id, "id", at);
	}

	@GetMapping("/{id}/successors")
	@Operation(summary = "Who has taken over from an agency",
			description = "Itself while it exists; else the People's Committees of the units its unit became, all of "
					+ "them (each PARTIAL) for a split commune, with the effective dates and legal bases.")
	List<AgencySuccessor> successors(@Parameter(description = ID) @PathVariable String id,
			@Parameter(description = AT + "; not before the agency's first day") @RequestParam(required = false)
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at) {
		return agencies.successors(agencies.get(id, "id", null).id(), at);
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Register an agency by hand (ADMIN)",
			description = "A department, Public Administration Centre or other agency, with its electronic "
					+ "identification code if the province has published one, else none yet (dossiers it receives "
					+ "carry the provisional prefix X<id>). Defaults: validFrom today, validTo the end of the unit's "
					+ "version, parentId the unit's People's Committee. Bad input: a problem naming the field; the "
					+ "same agency twice or a code already given: AGENCY_EXISTS (409). See docs/agencies.md.",
			security = @SecurityRequirement(name = "basic"))
	ResponseEntity<Agency> register(@RequestBody(required = false) AgencyRegistration registration,
			Authentication who) {
		Agency agency = agencies.register(registration, who.getName());
		return ResponseEntity.status(HttpStatus.CREATED)
				.location(java.net.URI.create("/api/agencies/" + agency.id()))
				.body(agency);
	}

	@PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Import a province's code list (CSV file in the form field 'file'; ADMIN)",
			description = "Every row is checked first; any error refuses the whole file (AGENCY_IMPORT_REJECTED, "
					+ "422) with each row, column and reason, and nothing is saved. Importing the same file twice "
					+ "changes nothing. Columns: see docs/agencies.md.",
			security = @SecurityRequirement(name = "basic"))
	AgencyImportSummary importFile(@RequestPart(name = "file", required = false) MultipartFile file,
			Authentication who) throws IOException {
		if (file == null || file.isEmpty()) {
			throw ApiException.ofParameter(ErrorCode.MISSING_PARAMETER, "file", "text/csv");
		}
		return importCodeList(file.getBytes(), file.getOriginalFilename(), who);
	}

	@PostMapping(path = "/import", consumes = "text/csv")
	@Operation(summary = "Import a province's code list (CSV as the request body; ADMIN)",
			description = "As the form upload, for scripts: curl -u admin --data-binary @codes.csv -H 'Content-Type: text/csv'.",
			security = @SecurityRequirement(name = "basic"))
	AgencyImportSummary importBody(@RequestBody byte[] csv, Authentication who) {
		return importCodeList(csv, null, who);
	}

	private AgencyImportSummary importCodeList(byte[] csv, String fileName, Authentication who) {
		try {
			return agencies.importCodeList(csv, fileName, who.getName());
		}
		catch (AgencyImportRejected rejected) {
			ApiException problem = ApiException.of(ErrorCode.AGENCY_IMPORT_REJECTED, rejected.errors().size());
			problem.getBody().setProperty("errors", rejected.errors().stream().map(this::describe).toList());
			throw problem;
		}
	}

	private Map<String, Object> describe(AgencyImportError error) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("row", error.row());
		row.put("field", error.field());
		row.put("value", error.value());
		row.put("reason", error.reason());
		row.put("message", ImportMessages.message(messages, error, LocaleContextHolder.getLocale()));
		return row;
	}
}
