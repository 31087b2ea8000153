package org.thongsuot.procedures.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.thongsuot.procedures.Fee;
import org.thongsuot.procedures.ProcedureLevel;
import org.thongsuot.procedures.PublishedList;

/**
 * The province's published list: every procedure in force on a day that the province or its communes
 * carry out (province, commune, and district until the decentralization), with counts by field and level.
 */
@Service
public class Publication {

	private static final List<ProcedureLevel> LOCAL = List.of(ProcedureLevel.PROVINCE, ProcedureLevel.DISTRICT,
			ProcedureLevel.COMMUNE);

	private final VersionRepository versions;

	Publication(VersionRepository versions) {
		this.versions = versions;
	}

	public PublishedList list(LocalDate day) {
		List<PublishedList.Entry> entries = new ArrayList<>();
		Map<String, Long> byField = new TreeMap<>(java.text.Collator.getInstance(java.util.Locale.forLanguageTag("vi")));
		Map<ProcedureLevel, Long> byLevel = new EnumMap<>(ProcedureLevel.class);
		for (VersionRepository.ListRow row : versions.inForceRows(day)) {
			List<ProcedureLevel> local = row.levels().stream().filter(LOCAL::contains).toList();
			if (local.isEmpty()) {
				continue;
			}
			var c = row.configuration();
			String time = c != null && c.processingTime() != null ? c.processingTime().text() : row.time().text();
			String fees = c != null && !c.fees().isEmpty() ? c.fees().stream().map(Publication::fee)
					.collect(Collectors.joining("; ")) : row.feeSummary();
			String agency = c == null || c.competentAgency() == null ? ""
					: c.competentAgency().communeOfSubmission() ? "" : c.competentAgency().name();
			entries.add(new PublishedList.Entry(row.code(), row.name(), row.field(), local, time, fees,
					c == null ? null : c.onlineLevel(), agency, row.version(), row.validFrom(), c != null));
			byField.merge(row.field(), 1L, Long::sum);
			local.forEach(level -> byLevel.merge(level, 1L, Long::sum));
		}
		return new PublishedList(day, entries, byField, byLevel);
	}

	private static String fee(Fee fee) {
		return fee.label() + ": " + (fee.amountVnd() == 0 ? "0" : String.format(java.util.Locale.ROOT, "%,d", fee.amountVnd())
				.replace(',', '.')) + " đ" + (fee.note() == null || fee.note().isBlank() ? "" : " (" + fee.note() + ")");
	}

}
