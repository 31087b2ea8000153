package org.thongsuot.audit.internal;

import java.time.Instant;

/** The hashed content of an entry, as stored. */
record AuditRow(long id, Instant recordedAt, String subjectType, String subjectId, String action, String actor,
		String detail) {
}
