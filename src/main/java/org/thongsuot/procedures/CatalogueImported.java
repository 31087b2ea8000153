package org.thongsuot.procedures;

import java.time.Instant;
import java.time.LocalDate;

import org.thongsuot.platform.AuditedEvent;

/** An import of the national catalogue was saved; each new version also published a {@link ProcedurePublished}. */
public record CatalogueImported(long importId, String source, LocalDate effectiveFrom, int added, int changed,
		int drafted, int unchanged, String actor, Instant at) implements AuditedEvent {

	@Override
	public String auditSubjectType() {
		return "catalogue-import";
	}

	@Override
	public String auditSubjectId() {
		return String.valueOf(importId);
	}

	@Override
	public String auditActor() {
		return actor;
	}

}
