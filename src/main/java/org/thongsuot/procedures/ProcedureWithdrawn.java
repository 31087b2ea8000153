package org.thongsuot.procedures;

import java.time.Instant;
import java.time.LocalDate;

/** A procedure was withdrawn: its version no longer applies from {@code withdrawnFrom} on. */
public record ProcedureWithdrawn(String code, long versionId, int version, LocalDate withdrawnFrom, String reason,
		String actor, Instant at) {
}
