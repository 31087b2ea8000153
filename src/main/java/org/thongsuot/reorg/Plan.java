package org.thongsuot.reorg;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A reorganization plan.
 *
 * @param id its id
 * @param name a name for people
 * @param effectiveDate the first day of the new organization
 * @param legalBasis the act(s) deciding it
 * @param provinceCode the province it is scoped to (null: the whole country)
 * @param source LINEAGE (built from the registry) or UPLOAD
 * @param status DRAFT, SCHEDULED (applied by the scheduled check at the effective date), APPLYING, APPLIED, ROLLED_BACK
 * @param changes how many unit changes (old unit, new unit pairs)
 * @param agencies how many agencies hand over
 * @param createdAt when it was loaded
 * @param createdBy who loaded it
 */
public record Plan(long id, String name, LocalDate effectiveDate, String legalBasis, String provinceCode, String source,
		String status, int changes, int agencies, Instant createdAt, String createdBy) {
}
