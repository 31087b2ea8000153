package org.thongsuot.units;

import java.time.Instant;
import java.time.LocalDate;

import org.thongsuot.platform.AuditedEvent;

/**
 * Published in the transaction that added an agency to the registry by hand ({@link Agencies#register}).
 *
 * @param agencyId the new agency's id
 * @param code its electronic identification code, or null when it has none yet (provisional)
 * @param name its name
 * @param kind what it is
 * @param unitLevel the level of its unit
 * @param unitCode its unit's code
 * @param parentId the agency it is under, if any
 * @param validFrom its first day
 * @param validTo its last day, null while open
 * @param registeredBy who registered it
 * @param at when
 */
public record AgencyRegistered(long agencyId, String code, String name, AgencyKind kind, Level unitLevel,
		String unitCode, Long parentId, LocalDate validFrom, LocalDate validTo, String registeredBy, Instant at)
		implements AuditedEvent {

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
		return registeredBy;
	}
}
