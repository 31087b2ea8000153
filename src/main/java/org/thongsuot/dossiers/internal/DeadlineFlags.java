package org.thongsuot.dossiers.internal;

import java.time.LocalDateTime;

import org.springframework.stereotype.Component;
import org.thongsuot.calendar.WorkingCalendar;
import org.thongsuot.dossiers.DossierStatus;
import org.thongsuot.dossiers.DossierSummary;

/**
 * How urgent a line of the work queue is, with the same threshold as the deadline warnings
 * ({@code thongsuot.dossiers.warning.before}): late, its step late, at risk (due within the threshold of
 * working time), or none. Dossiers waiting for a supplement have their clock stopped: never flagged.
 */
@Component
public class DeadlineFlags {

	/** The urgency of a dossier, most urgent first. */
	public enum Flag {
		LATE, STEP_LATE, AT_RISK, NONE
	}

	private final WorkingCalendar calendar;
	private final WarningProperties properties;
	private final Clocks clocks;

	DeadlineFlags(WorkingCalendar calendar, WarningProperties properties, Clocks clocks) {
		this.calendar = calendar;
		this.properties = properties;
		this.clocks = clocks;
	}

	/** The local time now in the working calendar's zone. */
	public LocalDateTime now() {
		return clocks.local(clocks.now());
	}

	public Flag flag(DossierSummary d, LocalDateTime now) {
		if (d.status().finished() || d.status() == DossierStatus.SUPPLEMENT_REQUESTED
				|| d.status() == DossierStatus.SUBMITTED) {
			return Flag.NONE;
		}
		if (d.dueAt().isBefore(now)) {
			return Flag.LATE;
		}
		if (d.stepDueAt() != null && d.stepDueAt().isBefore(now)) {
			return Flag.STEP_LATE;
		}
		return calendar.workingTimeBetween(now, d.dueAt()).compareTo(properties.before()) <= 0 ? Flag.AT_RISK
				: Flag.NONE;
	}
}
