package org.thongsuot.dossiers.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.thongsuot.dossiers.DossierStatistics;
import org.thongsuot.dossiers.Statistics;
import org.thongsuot.dossiers.StatisticsGroup;
import org.thongsuot.identity.CurrentUser;
import org.thongsuot.identity.Officials;
import org.thongsuot.platform.ApiException;
import org.thongsuot.units.Agencies;

/**
 * {@code /statistics}: the official's agencies' dossier statistics over a period, as a stacked bar chart
 * (SVG) with the same numbers in a table, and {@code /statistics.xlsx} for Excel.
 */
@Controller
class StatisticsPages {

	private final DossierStatistics statistics;
	private final Officials officials;
	private final Agencies agencies;
	private final MessageSource messages;

	StatisticsPages(DossierStatistics statistics, Officials officials, Agencies agencies, MessageSource messages) {
		this.statistics = statistics;
		this.officials = officials;
		this.agencies = agencies;
		this.messages = messages;
	}

	@GetMapping("/statistics")
	String page(@RequestParam(required = false) Long agencyId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) StatisticsGroup groupBy, Model model, Locale locale) {
		CurrentUser user = officials.current();
		model.addAttribute("agencies", agencyNames(user));
		model.addAttribute("provinceAdmin", user.provinceAdmin());
		model.addAttribute("groups", StatisticsGroup.values());
		model.addAttribute("columns", StatisticsExcel.COLUMNS.subList(1, StatisticsExcel.COLUMNS.size()));
		model.addAttribute("kinds", StatisticsChart.KINDS);
		try {
			Statistics s = statistics.compute(agencyId, from, to, groupBy, user);
			model.addAttribute("stats", s);
			model.addAttribute("chart", StatisticsChart.of(s.lines()));
		}
		catch (ApiException e) {
			model.addAttribute("error", e.updateAndGetBody(messages, locale).getDetail());
		}
		model.addAttribute("agencyId", agencyId);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("groupBy", groupBy == null ? StatisticsGroup.AGENCY : groupBy);
		return "dossiers/statistics";
	}

	@GetMapping("/statistics.xlsx")
	ResponseEntity<byte[]> excel(@RequestParam(required = false) Long agencyId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) StatisticsGroup groupBy, Locale locale) {
		CurrentUser user = officials.current();
		Statistics s = statistics.compute(agencyId, from, to, groupBy, user);
		String scope = agencyId != null ? agencies.get(agencyId).name()
				: messages.getMessage(user.provinceAdmin() ? "statistics.scope.all" : "statistics.scope.mine", null, locale);
		byte[] body = StatisticsExcel.write(s, scope, messages, locale);
		String name = "thong-ke-ho-so-" + s.from() + "-" + s.to() + ".xlsx";
		return ResponseEntity.ok()
				.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
				.body(body);
	}

	private Map<Long, String> agencyNames(CurrentUser user) {
		Map<Long, String> names = new LinkedHashMap<>();
		for (Long id : user.agencies()) {
			names.put(id, agencies.get(id).name());
		}
		return names;
	}
}
