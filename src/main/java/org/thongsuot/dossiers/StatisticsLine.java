package org.thongsuot.dossiers;

/**
 * One line of the dossier statistics over a period. Each dossier received before the period's end and
 * not ended before its start is counted exactly once on each side:
 * {@code carriedOver + newlyReceived = processed + refused + otherEnded + pending}.
 *
 * @param key the group's key (agency id, field name, {@code yyyy-MM}, or {@code total})
 * @param label the group's name for people
 * @param carriedOver received before the period, not ended before it (số kỳ trước chuyển qua)
 * @param newlyReceived received within the period (số mới tiếp nhận)
 * @param processedEarly approved within the period before the appointment's day (trước hạn)
 * @param processedOnTime approved within the period on the appointment's day (đúng hạn)
 * @param processedLate approved within the period after the appointment (quá hạn)
 * @param refused refused within the period (processing stopped with reasons)
 * @param otherEnded ended within the period otherwise (e.g. withdrawn, once that status exists)
 * @param pendingWithinDeadline not ended at the period's end, appointment not passed (or clock stopped)
 * @param pendingOverdue not ended at the period's end, appointment passed
 */
public record StatisticsLine(String key, String label, long carriedOver, long newlyReceived, long processedEarly,
		long processedOnTime, long processedLate, long refused, long otherEnded, long pendingWithinDeadline,
		long pendingOverdue) {

	public long received() {
		return carriedOver + newlyReceived;
	}

	public long processed() {
		return processedEarly + processedOnTime + processedLate;
	}

	public long pending() {
		return pendingWithinDeadline + pendingOverdue;
	}

	/** Share of processed dossiers done early or on time, in percent (null when none was processed). */
	public Double onTimePercent() {
		long processed = processed();
		return processed == 0 ? null : Math.round(1000.0 * (processedEarly + processedOnTime) / processed) / 10.0;
	}

	StatisticsLine plus(StatisticsLine o, String key, String label) {
		return new StatisticsLine(key, label, carriedOver + o.carriedOver, newlyReceived + o.newlyReceived,
				processedEarly + o.processedEarly, processedOnTime + o.processedOnTime, processedLate + o.processedLate,
				refused + o.refused, otherEnded + o.otherEnded, pendingWithinDeadline + o.pendingWithinDeadline,
				pendingOverdue + o.pendingOverdue);
	}

	static StatisticsLine empty(String key, String label) {
		return new StatisticsLine(key, label, 0, 0, 0, 0, 0, 0, 0, 0, 0);
	}
}
