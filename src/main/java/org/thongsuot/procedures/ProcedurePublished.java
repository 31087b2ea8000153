package org.thongsuot.procedures;

import java.time.Instant;
import java.time.LocalDate;

import org.thongsuot.platform.AuditedEvent;

/**
 * A version of a procedure was published: it is in force from {@code validFrom}, and the version before
 * it (if any) ends that day. Published in the transaction that made the change.
 */
public record ProcedurePublished(String code, long versionId, int version, LocalDate validFrom, VersionOrigin origin,
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
