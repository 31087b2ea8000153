package org.thongsuot.units.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
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
import org.thongsuot.units.AgencySuccessor;
import org.thongsuot.units.Level;

/**
 * The agencies API: look-up for anyone, the code list import for administrators. See docs/agencies.md.
 */
@RestController
@RequestMapping("/api/agencies")
class AgencyApiController {

	private final Agencies agencies;
	private final MessageSource messages;

	AgencyApiController(Agencies agencies, MessageSource messages) {
		this.agencies = agencies;
		this.messages = messages;
	}

	/** Agencies in existence on {@code at} (default today), by unit, level, kind or name. */
	@GetMapping
	List<Agency> list(@RequestParam(required = false) String unit, @RequestParam(required = false) Level level,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at,
			@RequestParam(required = false) String q, @RequestParam(required = false) AgencyKind kind,
			@RequestParam(required = false) Integer limit) {
		return agencies.list(unit, level, at, q, kind, limit);
	}

	/** One agency by id or by electronic identification code, even one that no longer exists. */
	@GetMapping("/{id}")
	Agency get(@PathVariable String id) {
		return agencies.get(id, "id");
	}

	/** Who has taken over from the agency by {@code at} (default today). */
	@GetMapping("/{id}/successors")
	List<AgencySuccessor> successors(@PathVariable String id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at) {
		return agencies.successors(agencies.get(id, "id").id(), at);
	}

	/** A province's code list as a file in a form ({@code file}): all rows or none. */
	@PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	AgencyImportSummary importFile(@RequestPart(name = "file", required = false) MultipartFile file,
			Authentication who) throws IOException {
		if (file == null || file.isEmpty()) {
			throw ApiException.ofParameter(ErrorCode.MISSING_PARAMETER, "file", "text/csv");
		}
		return importCodeList(file.getBytes(), file.getOriginalFilename(), who);
	}

	/** A province's code list as the request body ({@code text/csv}): all rows or none. */
	@PostMapping(path = "/import", consumes = "text/csv")
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
