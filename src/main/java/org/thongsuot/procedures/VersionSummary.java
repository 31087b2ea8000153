package org.thongsuot.procedures;

import java.time.Instant;
import java.time.LocalDate;

/** A version in a procedure's list of versions. */
public record VersionSummary(long id, String code, String name, int version, VersionState state, LocalDate validFrom,
		LocalDate validTo, VersionOrigin origin, boolean configured, String note, Instant createdAt, String createdBy) {
}
