package org.thongsuot.procedures.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.thongsuot.platform.ApiException;
import org.thongsuot.platform.ErrorCode;
import org.thongsuot.procedures.Procedures;
import org.thongsuot.procedures.PublishedList;

/** The province's published list of procedures: a page (counts by field and level, the list) and its files. */
@Controller
class PublicationPages {

	static final int PAGE_SIZE = 100;

	private final Procedures procedures;
	private final PublishedListExport export;

	PublicationPages(Procedures procedures, PublishedListExport export) {
		this.procedures = procedures;
		this.export = export;
	}

	@GetMapping("/catalogue")
	String page(@RequestParam(required = false) String field, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at, Model model) {
		PublishedList list = procedures.publishedList(at);
		List<PublishedList.Entry> shown = field == null || field.isBlank() ? list.entries()
				: list.entries().stream().filter(e -> e.field().equals(field)).toList();
		int pages = Math.max(1, (shown.size() + PAGE_SIZE - 1) / PAGE_SIZE);
		int p = page == null ? 1 : page;
		if (p < 1 || p > pages) {
			throw ApiException.ofParameter(ErrorCode.INVALID_PARAMETER, "page")
					.withDetail("problem.INVALID_PARAMETER.portal.range", p, 1, pages);
		}
		model.addAttribute("list", list);
		model.addAttribute("field", field == null ? "" : field);
		model.addAttribute("entries", shown.subList((p - 1) * PAGE_SIZE, Math.min(shown.size(), p * PAGE_SIZE)));
		model.addAttribute("shown", shown.size());
		model.addAttribute("page", p);
		model.addAttribute("pages", pages);
		model.addAttribute("offset", (p - 1) * PAGE_SIZE);
		return "procedures/catalogue";
	}

	@GetMapping("/catalogue/published.csv")
	ResponseEntity<byte[]> csv(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at,
			Locale locale) {
		PublishedList list = procedures.publishedList(at);
		return file(export.csv(list, locale), new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8),
				"danh-muc-thu-tuc-" + list.at() + ".csv");
	}

	@GetMapping("/catalogue/published.xlsx")
	ResponseEntity<byte[]> excel(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at, Locale locale) {
		PublishedList list = procedures.publishedList(at);
		return file(export.excel(list, locale),
				MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
				"danh-muc-thu-tuc-" + list.at() + ".xlsx");
	}

	@GetMapping(value = "/api/catalogue/published", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	PublishedList json(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at) {
		return procedures.publishedList(at);
	}

	private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
		return ResponseEntity.ok()
				.contentType(type)
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
				.body(body);
	}
}
