package org.thongsuot.procedures;

import java.time.Instant;

import org.thongsuot.platform.AuditedEvent;

/** The province saved a configuration of a procedure as a draft version (not yet in force). */
public record ProcedureConfigured(String code, long versionId, int version, String actor, Instant at) implements AuditedEvent {

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
