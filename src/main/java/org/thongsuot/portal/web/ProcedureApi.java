package org.thongsuot.portal.web;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.thongsuot.portal.ProcedureSearch;
import org.thongsuot.portal.SearchPage;
import org.thongsuot.procedures.OnlineLevel;
import org.thongsuot.procedures.ProcedureLevel;
import org.thongsuot.procedures.Procedures;

/** The public read API of the procedures: search, and a procedure's version in force. */
@RestController
@RequestMapping("/api/procedures")
@Tag(name = "Procedures", description = "Administrative procedures the province offers: search and details")
class ProcedureApi {

	private final ProcedureSearch search;
	private final Procedures procedures;
	private final MessageSource messages;

	ProcedureApi(ProcedureSearch search, Procedures procedures, MessageSource messages) {
		this.search = search;
		this.procedures = procedures;
		this.messages = messages;
	}

	@GetMapping
	@Operation(summary = "Search procedures in force", description = "Words are matched without diacritics, case or "
			+ "tone placement; the exact phrase ranks first. A procedure code (1.001193) finds that procedure.")
	ResponseEntity<SearchPage> search(@RequestParam(required = false) String q,
			@RequestParam(required = false) ProcedureLevel level, @RequestParam(required = false) String field,
			@RequestParam(required = false) OnlineLevel online, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at) {
		long started = System.nanoTime();
		SearchPage results = search.search(q, field, level, online, page, size, at);
		// How long the search itself took (folding, the SQL statement, mapping), without HTTP: see bench/.
		String took = String.format(java.util.Locale.ROOT, "%.3f", (System.nanoTime() - started) / 1e6);
		return ResponseEntity.ok().header("Server-Timing", "search;dur=" + took).body(results);
	}

	@GetMapping("/{code}")
	@Operation(summary = "A procedure's version in force", description = "The version in force today, or on the day "
			+ "given by `at` (the one a dossier received that day is processed against).")
	ProcedureView get(@PathVariable String code,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at) {
		return ProcedureView.of(procedures.inForce(code, at, "code"),
				messages.getMessage("portal.procedure.communeOfSubmission", null, LocaleContextHolder.getLocale()));
	}
}
