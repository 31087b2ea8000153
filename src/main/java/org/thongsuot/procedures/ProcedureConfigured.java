package org.thongsuot.procedures;

import java.time.Instant;

/** The province saved a configuration of a procedure as a draft version (not yet in force). */
public record ProcedureConfigured(String code, long versionId, int version, String actor, Instant at) {
}
