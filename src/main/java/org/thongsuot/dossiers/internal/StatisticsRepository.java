package org.thongsuot.dossiers.internal;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Counts for the statistics, one row per receiving agency and procedure version, in one pass over the
 * dossiers in scope: those still open and those ended since the period's start, each read through its
 * own index, so the cost follows the period's activity rather than the size of the history.
 */
@Repository
public class StatisticsRepository {

	private final JdbcClient jdbc;

	StatisticsRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record Counts(long agencyId, String agencyName, long procedureVersionId, long carriedOver, long newlyReceived,
			long processedEarly, long processedOnTime, long processedLate, long refused, long otherEnded,
			long pendingWithinDeadline, long pendingOverdue) {
	}

	/**
	 * @param start the period's first instant
	 * @param end the instant after the period
	 * @param asOf the local time at which a pending dossier's appointment is judged (the period's end, or
	 * now if earlier)
	 * @param agencies the receiving agencies, null for all
	 */
	public List<Counts> counts(OffsetDateTime start, OffsetDateTime end, LocalDateTime asOf, Collection<Long> agencies) {
		// Scope: received (not merely submitted online, not declined at intake) before the end, and not
		// ended before the start. Each dossier in scope lands in exactly one "received" column and one
		// "outcome" column. The outcome of an ended dossier is its last approve or refuse (a refused
		// dossier's result may have been handed over since: status RESULT_RETURNED).
		String sql = """
				WITH scope AS (
					SELECT d.agency_id, d.agency_name, d.procedure_version_id, d.received_at, d.completed_at, d.due_at,
						d.timeliness, d.paused_since,
						d.completed_at IS NOT NULL AND d.completed_at < :end AS ended,
						(SELECT h.action FROM dossier_history h
						 WHERE h.dossier_id = d.id AND h.action IN ('APPROVE', 'REFUSE')
						 ORDER BY h.id DESC LIMIT 1) AS outcome
					FROM (
						-- open dossiers (index dossier_open) and those ended since the start (index
						-- dossier_completed): never the whole history before the period
						SELECT * FROM dossier WHERE completed_at IS NULL AND received_at < :end %1$s
						UNION ALL
						SELECT * FROM dossier WHERE completed_at >= :start AND received_at < :end %1$s
					) d
					WHERE d.status NOT IN ('SUBMITTED', 'NOT_ACCEPTED')
				)
				SELECT agency_id, min(agency_name) AS agency_name, procedure_version_id,
					count(*) FILTER (WHERE received_at < :start) AS carried_over,
					count(*) FILTER (WHERE received_at >= :start) AS newly_received,
					count(*) FILTER (WHERE ended AND outcome = 'APPROVE' AND timeliness = 'EARLY') AS processed_early,
					count(*) FILTER (WHERE ended AND outcome = 'APPROVE' AND coalesce(timeliness, 'ON_TIME') = 'ON_TIME')
						AS processed_on_time,
					count(*) FILTER (WHERE ended AND outcome = 'APPROVE' AND timeliness = 'LATE') AS processed_late,
					count(*) FILTER (WHERE ended AND outcome = 'REFUSE') AS refused,
					count(*) FILTER (WHERE ended AND outcome IS NULL) AS other_ended,
					count(*) FILTER (WHERE NOT ended AND (due_at >= :asOf OR (paused_since IS NOT NULL AND completed_at IS NULL)))
						AS pending_within_deadline,
					count(*) FILTER (WHERE NOT ended AND due_at < :asOf AND NOT (paused_since IS NOT NULL AND completed_at IS NULL))
						AS pending_overdue
				FROM scope GROUP BY agency_id, procedure_version_id ORDER BY agency_id, procedure_version_id"""
				.formatted(agencies == null ? "" : "AND agency_id IN (:agencies)");
		if (agencies != null && agencies.isEmpty()) {
			return List.of();
		}
		JdbcClient.StatementSpec spec = jdbc.sql(sql).param("start", start).param("end", end).param("asOf", asOf);
		if (agencies != null) {
			spec = spec.param("agencies", List.copyOf(agencies));
		}
		return spec.query(Counts.class).list();
	}
}
