package org.thongsuot.audit;

import java.time.Instant;

/**
 * One recorded state change.
 *
 * @param seq its position in the chain, or null while not yet sealed
 * @param hash the chain hash up to and including this entry (hex), or null while not yet sealed
 */
public record AuditEntry(long id, Instant recordedAt, String subjectType, String subjectId, String action,
		String actor, String detail, Long seq, String hash) {
}
