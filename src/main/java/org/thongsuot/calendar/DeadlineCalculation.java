package org.thongsuot.calendar;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A deadline and how it came about.
 *
 * @param receivedAt when the dossier was received
 * @param countingFrom when the clock started (the next opening, or the next working day after the cut-off)
 * @param startRule why the clock started there
 * @param budget the working time granted, in total
 * @param paused the working time the pauses took out
 * @param deadline the moment the budget runs out: never an opening, always inside or at the end of a session
 * @param skippedDays the non-working days between the start of counting and the deadline
 */
public record DeadlineCalculation(LocalDateTime receivedAt, LocalDateTime countingFrom, StartRule startRule,
		Duration budget, Duration paused, LocalDateTime deadline, List<SkippedDay> skippedDays) {

	public DeadlineCalculation {
		skippedDays = List.copyOf(skippedDays);
	}

	/** Why counting started where it did. */
	public enum StartRule {

		/** Received during office hours, before the cut-off: the clock starts at once. */
		IN_OFFICE_HOURS,

		/** Received before opening or during the midday break: the clock starts at the next opening. */
		OUTSIDE_OFFICE_HOURS,

		/** Received at or after the cut-off time: counted from the next working day. */
		AFTER_CUT_OFF,

		/** Received on a weekend, holiday or day off: counted from the next working day. */
		NON_WORKING_DAY
	}
}
