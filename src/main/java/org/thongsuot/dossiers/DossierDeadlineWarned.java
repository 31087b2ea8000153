package org.thongsuot.dossiers;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import org.thongsuot.platform.AuditedEvent;

/**
 * The deadline job flagged a dossier (its appointment when {@code step} is -1, else the step at that
 * position) as due soon or overdue and notified the officials holding the current step.
 *
 * @param kind {@code DUE_SOON} or {@code OVERDUE}
 * @param dueAt the deadline, local time in the working calendar's zone
 * @param recipients the officials notified
 */
public record DossierDeadlineWarned(String code, int step, String kind, LocalDateTime dueAt, List<String> recipients,
		Instant at) implements AuditedEvent {

	@Override
	public String auditSubjectType() {
		return "dossier";
	}

	@Override
	public String auditSubjectId() {
		return code;
	}

	@Override
	public String auditActor() {
		return "system";
	}
}
