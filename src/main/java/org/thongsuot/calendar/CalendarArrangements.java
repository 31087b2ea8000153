package org.thongsuot.calendar;

import java.util.List;

/**
 * The yearly arrangement an administrator maintains: which days of Tết are off, the day next to 2/9,
 * swapped working days, days in lieu, extra days off. Every change publishes
 * {@link CalendarArrangementChanged} and takes effect on the working calendar at once.
 */
public interface CalendarArrangements {

	/** The arrangements stored for a year, by occasion. */
	List<Arrangement> ofYear(int year);

	/** @throws ArrangementNotFoundException if there is none with that id */
	Arrangement get(long id);

	/**
	 * @throws InvalidArrangementException if the draft is incomplete or contradicts itself
	 * @throws ArrangementConflictException if the occasion of that year is already arranged, or a
	 * date is already arranged by another arrangement
	 */
	Arrangement create(ArrangementDraft draft);

	/** Replaces an arrangement's source and days. */
	Arrangement replace(long id, ArrangementDraft draft);

	/** Removes an arrangement; its occasion falls back to the default rule. */
	void delete(long id);
}
