package org.thongsuot.procedures;

import java.time.Instant;
import java.time.LocalDate;

import org.thongsuot.platform.AuditedEvent;

/** A procedure was withdrawn: its version no longer applies from {@code withdrawnFrom} on. */
public record ProcedureWithdrawn(String code, long versionId, int version, LocalDate withdrawnFrom, String reason,
		String actor, Instant at) implements AuditedEvent {

	@Override
	public String auditSubjectType() {
		return "procedure";
	}

	@Override
	public String auditSubjectId() {
		return code;
	}

	@Override
	public String auditActor() {
		return actor;
	}

}
