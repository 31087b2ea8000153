package org.thongsuot.dossiers.web;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.thongsuot.dossiers.DossierStatistics;
import org.thongsuot.dossiers.Statistics;
import org.thongsuot.dossiers.StatisticsGroup;
import org.thongsuot.identity.Officials;

/** Dossier statistics for officials: their agencies; province-wide administrators all. */
@RestController
@Tag(name = "Dossiers", description = "One-stop dossier handling")
class StatisticsApiController {

	private final DossierStatistics statistics;
	private final Officials officials;

	StatisticsApiController(DossierStatistics statistics, Officials officials) {
		this.statistics = statistics;
		this.officials = officials;
	}

	@GetMapping("/api/dossiers/statistics")
	@Operation(summary = "Dossier statistics per agency, field or month over a period",
			description = "received = carriedOver + newlyReceived = processed (early, on time, late) + refused + "
					+ "otherEnded + pending (within deadline, overdue); each dossier counted once. Defaults: this "
					+ "month until today, grouped by agency.")
	Statistics statistics(@RequestParam(required = false) Long agencyId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) StatisticsGroup groupBy) {
		return statistics.compute(agencyId, from, to, groupBy, officials.current());
	}
}
