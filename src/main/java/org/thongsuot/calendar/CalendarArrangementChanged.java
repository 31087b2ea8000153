package org.thongsuot.calendar;

import java.util.Set;

import org.thongsuot.platform.AuditedEvent;

/**
 * Published when an administrator creates, replaces or deletes an arrangement, in the transaction of
 * the change. Deadlines computed before it for the affected years may have moved.
 *
 * @param arrangementId the arrangement
 * @param year the year it arranges
 * @param occasion the holiday it arranges
 * @param change what happened to it
 * @param affectedYears the solar years whose working days may have changed
 */
public record CalendarArrangementChanged(long arrangementId, int year, Occasion occasion, Change change,
		Set<Integer> affectedYears) implements AuditedEvent {

	@Override
	public String auditSubjectType() {
		return "calendar-arrangement";
	}

	@Override
	public String auditSubjectId() {
		return String.valueOf(arrangementId);
	}

	@Override
	public String auditActor() {
		// an administrator's edit in a request: the audit trail takes the logged-in user
		return null;
	}

	public CalendarArrangementChanged {
		affectedYears = Set.copyOf(affectedYears);
	}

	/** The kind of edit. */
	public enum Change {
		CREATED, REPLACED, DELETED
	}
}
