package org.thongsuot.dossiers;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thongsuot.dossiers.internal.DeadlineFlags;
import org.thongsuot.dossiers.internal.StatisticsRepository;
import org.thongsuot.identity.CurrentUser;
import org.thongsuot.platform.ApiException;
import org.thongsuot.platform.ErrorCode;
import org.thongsuot.procedures.Procedures;
import org.thongsuot.units.Units;

/**
 * Statistics of dossier handling per receiving agency, field (lĩnh vực) or month over a period, in the
 * columns of the one-stop reports: received (carried over + newly received), processed (early / on time
 * / late), refused, other ended, pending (within deadline / overdue). Each dossier is counted once per
 * side; see {@link StatisticsLine}. Officials see their agencies; province-wide administrators all.
 */
@Service
public class DossierStatistics {

	/** Longest period asked for at once (a month-by-month breakdown runs one query per month). */
	static final int MAX_MONTHS = 36;

	private final StatisticsRepository repository;
	private final Procedures procedures;
	private final DeadlineFlags flags;

	DossierStatistics(StatisticsRepository repository, Procedures procedures, DeadlineFlags flags) {
		this.repository = repository;
		this.procedures = procedures;
		this.flags = flags;
	}

	/**
	 * @param agencyId one receiving agency, or null for all the caller may see
	 * @param from first day (default: the first of the current month)
	 * @param to last day (default: today)
	 * @param groupBy the breakdown (default {@link StatisticsGroup#AGENCY})
	 */
	@Transactional(readOnly = true)
	public Statistics compute(Long agencyId, LocalDate from, LocalDate to, StatisticsGroup groupBy, CurrentUser user) {
		if (user.anonymous()) {
			throw ApiException.of(ErrorCode.UNAUTHENTICATED);
		}
		if (!user.official()) {
			throw ApiException.of(ErrorCode.ACCESS_DENIED);
		}
		LocalDateTime now = flags.now();
		LocalDate end = to == null ? now.toLocalDate() : to;
		LocalDate start = from == null ? end.withDayOfMonth(1) : from;
		if (end.isBefore(start)) {
			throw ApiException.ofParameter(ErrorCode.INVALID_PARAMETER, "to")
					.withDetail("problem.INVALID_PARAMETER.dossiers.period", start, end);
		}
		if (ChronoUnit.MONTHS.between(YearMonth.from(start), YearMonth.from(end)) >= MAX_MONTHS) {
			throw ApiException.ofParameter(ErrorCode.INVALID_PARAMETER, "from")
					.withDetail("problem.INVALID_PARAMETER.statistics.period", start, end, MAX_MONTHS);
		}
		StatisticsGroup group = groupBy == null ? StatisticsGroup.AGENCY : groupBy;
		Collection<Long> agencies = agencies(agencyId, user);
		Map<Long, String> fields = new HashMap<>();

		List<StatisticsLine> lines = new ArrayList<>();
		List<StatisticsRepository.Counts> whole = counts(start, end, now, agencies);
		if (group == StatisticsGroup.MONTH) {
			for (YearMonth m = YearMonth.from(start); !m.isAfter(YearMonth.from(end)); m = m.plusMonths(1)) {
				LocalDate first = m.atDay(1).isBefore(start) ? start : m.atDay(1);
				LocalDate last = m.atEndOfMonth().isAfter(end) ? end : m.atEndOfMonth();
				StatisticsLine line = StatisticsLine.empty(m.toString(), String.format("%02d/%d", m.getMonthValue(), m.getYear()));
				for (StatisticsRepository.Counts c : counts(first, last, now, agencies)) {
					line = line.plus(line(c, null, null), line.key(), line.label());
				}
				lines.add(line);
			}
		}
		else {
			Map<String, StatisticsLine> byKey = new LinkedHashMap<>();
			for (StatisticsRepository.Counts c : whole) {
				String key = group == StatisticsGroup.AGENCY ? String.valueOf(c.agencyId()) : field(c.procedureVersionId(), fields);
				String label = group == StatisticsGroup.AGENCY ? c.agencyName() : key;
				byKey.merge(key, line(c, key, label), (a, b) -> a.plus(b, key, label));
			}
			lines.addAll(byKey.values());
			lines.sort(java.util.Comparator.comparing(StatisticsLine::label));
		}
		StatisticsLine total = StatisticsLine.empty("total", "total");
		for (StatisticsRepository.Counts c : whole) {
			total = total.plus(line(c, null, null), "total", "total");
		}
		return new Statistics(agencyId, start, end, group, List.copyOf(lines), total);
	}

	private List<StatisticsRepository.Counts> counts(LocalDate first, LocalDate last, LocalDateTime now,
			Collection<Long> agencies) {
		OffsetDateTime start = first.atStartOfDay(Units.ZONE).toOffsetDateTime();
		OffsetDateTime end = last.plusDays(1).atStartOfDay(Units.ZONE).toOffsetDateTime();
		LocalDateTime periodEnd = last.plusDays(1).atStartOfDay();
		// A pending dossier is overdue if its appointment passed by the period's end (or by now, for a
		// period that has not ended yet).
		LocalDateTime asOf = now.isBefore(periodEnd) ? now : periodEnd;
		return repository.counts(start, end, asOf, agencies);
	}

	/** The agencies the caller may see statistics of: null means every agency. */
	private static Collection<Long> agencies(Long agencyId, CurrentUser user) {
		if (agencyId != null) {
			if (!user.provinceAdmin() && !user.agencies().contains(agencyId)) {
				throw ApiException.ofParameter(ErrorCode.ACCESS_DENIED, "agencyId");
			}
			return Set.of(agencyId);
		}
		return user.provinceAdmin() ? null : user.agencies();
	}

	private String field(long procedureVersionId, Map<Long, String> cache) {
		return cache.computeIfAbsent(procedureVersionId, id -> {
			try {
				String field = procedures.version(id).field();
				return field == null || field.isBlank() ? "—" : field;
			}
			catch (RuntimeException e) {
				return "—";
			}
		});
	}

	private static StatisticsLine line(StatisticsRepository.Counts c, String key, String label) {
		return new StatisticsLine(key, label, c.carriedOver(), c.newlyReceived(), c.processedEarly(),
				c.processedOnTime(), c.processedLate(), c.refused(), c.otherEnded(), c.pendingWithinDeadline(),
				c.pendingOverdue());
	}
}
