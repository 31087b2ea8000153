package org.thongsuot.procedures;

import java.time.Instant;
import java.time.LocalDate;

/** A decentralization mapping was applied: {@code moved} procedures left the district level. */
public record ProceduresDecentralized(long decentralizationId, LocalDate effectiveFrom, String legalBasis, int moved,
		String actor, Instant at) {
}
