package org.thongsuot.procedures;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The province's published list of administrative procedures ("công bố, công khai danh mục thủ tục hành
 * chính") on a day: every procedure in force that the province or its communes carry out, with counts by
 * field and by level.
 */
public record PublishedList(LocalDate at, List<Entry> entries, Map<String, Long> byField,
		Map<ProcedureLevel, Long> byLevel) {

	public record Entry(String code, String name, String field, List<ProcedureLevel> levels, String processingTime,
			String fees, OnlineLevel onlineLevel, String competentAgency, int version, LocalDate validFrom,
			boolean configured) {
	}
}
