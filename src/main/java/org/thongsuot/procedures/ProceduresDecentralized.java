package org.thongsuot.procedures;

import java.time.Instant;
import java.time.LocalDate;

import org.thongsuot.platform.AuditedEvent;

/** A decentralization mapping was applied: {@code moved} procedures left the district level. */
public record ProceduresDecentralized(long decentralizationId, LocalDate effectiveFrom, String legalBasis, int moved,
		String actor, Instant at) implements AuditedEvent {

	@Override
	public String auditSubjectType() {
		return "procedure-decentralization";
	}

	@Override
	public String auditSubjectId() {
		return String.valueOf(decentralizationId);
	}

	@Override
	public String auditActor() {
		return actor;
	}

}
