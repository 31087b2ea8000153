package org.thongsuot.audit;

import java.time.Instant;

/**
 * The result of walking the chain from its first entry.
 *
 * @param entries all entries recorded
 * @param sealed entries in the chain
 * @param unsealed entries recorded but not yet chained (normal for a second or two after a change)
 * @param valid whether every sealed entry's hash matches its content and predecessor
 * @param firstBrokenSeq the first sealed position whose hash does not match, or null
 * @param headSeq the last sealed position, or null for an empty chain
 * @param headHash the hash of the last sealed entry (hex): keep a copy outside the database to detect a
 *        rewritten chain
 */
public record AuditVerification(long entries, long sealed, long unsealed, boolean valid, Long firstBrokenSeq,
		Long headSeq, String headHash, Instant verifiedAt) {
}
