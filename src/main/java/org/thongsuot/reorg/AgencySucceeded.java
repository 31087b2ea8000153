package org.thongsuot.reorg;

import java.time.LocalDate;

import org.thongsuot.platform.AuditedEvent;

/**
 * An agency handed over to its successor at a cut-over (published when a plan is applied, once per
 * agency). {@code successorAgencyId} is null for a split unit's agency: each of its items goes to one of
 * several successors, chosen by address or by a person.
 */
public record AgencySucceeded(long planId, long agencyId, Long successorAgencyId, ChangeKind kind,
		LocalDate effectiveDate, String legalBasis, String actor) implements AuditedEvent {

	@Override
	public String auditSubjectType() {
		return "agency";
	}

	@Override
	public String auditSubjectId() {
		return String.valueOf(agencyId);
	}

	@Override
	public String auditActor() {
		return actor;
	}
}
