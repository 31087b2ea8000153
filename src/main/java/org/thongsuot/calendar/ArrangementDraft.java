package org.thongsuot.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * What an administrator submits to create or replace an arrangement.
 *
 * @param year the year the arrangement is for
 * @param occasion the holiday it arranges; its default days are replaced by {@code days}
 * @param sourceDocument the document's number and type, e.g. Thông báo 9441/TB-BNV
 * @param sourceIssuer who issued it, e.g. Bộ Nội vụ
 * @param sourceDate when it was issued, if known
 * @param sourceNote anything else worth keeping: the decision it implements, where it was published
 * @param days the days off, working days and days in lieu of the arrangement
 */
public record ArrangementDraft(int year, Occasion occasion, String sourceDocument, String sourceIssuer,
		LocalDate sourceDate, String sourceNote, List<ArrangedDay> days) {

	public ArrangementDraft {
		days = days == null ? List.of() : List.copyOf(days);
	}
}
