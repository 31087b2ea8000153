package org.thongsuot.identity;

import org.thongsuot.platform.AuditedEvent;

/**
 * An official's grant moved to another agency at a reorganization (or back, at its rollback). The
 * official's open sessions keep the old authority until the next login.
 */
public record GrantMoved(String username, Role role, long fromAgencyId, long toAgencyId, String reason, String actor)
		implements AuditedEvent {

	@Override
	public String auditSubjectType() {
		return "account";
	}

	@Override
	public String auditSubjectId() {
		return username;
	}

	@Override
	public String auditActor() {
		return actor;
	}
}
