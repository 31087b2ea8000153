package org.thongsuot.platform;

/**
 * A domain event that records a state change. The {@code audit} module appends every published
 * {@code AuditedEvent} to its hash-chained trail in the transaction that published it, so a change and
 * its audit entry commit or roll back together. Publish one for every state change a user or a job
 * makes; the event's class name is the action, its JSON form the detail.
 */
public interface AuditedEvent {

	/** What kind of thing changed, in lower case: {@code dossier}, {@code procedure}, {@code agency}. */
	String auditSubjectType();

	/** Which one: a dossier code, a procedure code, an agency id. */
	String auditSubjectId();

	/** Who made the change: a username, or {@code system} for a job. */
	String auditActor();
}
