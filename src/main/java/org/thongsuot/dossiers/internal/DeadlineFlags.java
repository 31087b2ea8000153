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

	/** One dossier's flag, walking the calendar from {@code now} to its appointment. */
	public Flag flag(DossierSummary d, LocalDateTime now) {
		Flag early = withoutCalendar(d, now);
		if (early != null) {
			return early;
		}
		return calendar.workingTimeBetween(now, d.dueAt()).compareTo(properties.before()) <= 0 ? Flag.AT_RISK
				: Flag.NONE;
	}

	/**
	 * The flags of a whole list (the work queue) at one moment: the calendar is walked once, not once per
	 * line. Same answers as {@link #flag(DossierSummary, LocalDateTime)}.
	 */
	public At at(LocalDateTime now) {
		// The working time from now to t only grows with t, and it grows at once after this moment (it is
		// inside office hours, or the opening that follows the threshold), so "at most `before` left"
		// is exactly "due no later than this moment". The nanosecond carries a threshold that ends at a
		// closing time over to the next opening: a dossier due in the gap still has just `before` left.
		LocalDateTime atRiskUntil = calendar.addWorkingTime(now, properties.before().plusNanos(1)).minusNanos(1);
		return new At(now, atRiskUntil);
	}

	/** Flags at one moment, with the at-risk threshold computed once. */
	public record At(LocalDateTime now, LocalDateTime atRiskUntil) {

		public Flag flag(DossierSummary d) {
			Flag early = withoutCalendar(d, now);
			if (early != null) {
				return early;
			}
			return d.dueAt().isAfter(atRiskUntil) ? Flag.NONE : Flag.AT_RISK;
		}
	}

	/** The flag when it does not depend on working time left, or null. */
	private static Flag withoutCalendar(DossierSummary d, LocalDateTime now) {
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
		return null;
	}
}
