package org.thongsuot.reorg;

import java.time.LocalDate;

import org.thongsuot.platform.AuditedEvent;

/**
 * A run of a plan finished: everything it could place was moved (APPLY) or moved back (ROLLBACK).
 *
 * @param moved items moved in this run
 * @param undecided items left for the review queue
 * @param consistent whether the verification accounted for every item
 */
public record CutoverCompleted(long planId, long runId, String mode, LocalDate effectiveDate, long moved,
		long undecided, boolean consistent, String actor) implements AuditedEvent {

	@Override
	public String auditSubjectType() {
		return "reorg-plan";
	}

	@Override
	public String auditSubjectId() {
		return String.valueOf(planId);
	}

	@Override
	public String auditActor() {
		return actor;
	}
}
