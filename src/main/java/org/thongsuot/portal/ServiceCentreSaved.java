package org.thongsuot.portal;

import java.time.Instant;

import org.thongsuot.platform.AuditedEvent;

/** A centre's entry was created or changed ({@code removed}: deleted) by an administrator. */
public record ServiceCentreSaved(long id, String name, boolean removed, String actor, Instant at) implements AuditedEvent {

	@Override
	public String auditSubjectType() {
		return "service-centre";
	}

	@Override
	public String auditSubjectId() {
		return String.valueOf(id);
	}

	@Override
	public String auditActor() {
		return actor;
	}

}
