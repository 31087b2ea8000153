package org.thongsuot.audit.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The chain's hash function: SHA-256 over the previous hash, the position and every field of the entry,
 * each field prefixed with its length so no two different entries can produce the same byte stream.
 * Times enter as microseconds since the epoch, PostgreSQL's precision.
 */
final class ChainHash {

	/** The "previous hash" of the first entry. */
	static final byte[] GENESIS = new byte[32];

	private ChainHash() {
	}

	static byte[] next(byte[] previous, long seq, AuditRow row) {
		MessageDigest sha = sha256();
		sha.update(previous);
		sha.update(ByteBuffer.allocate(16).putLong(seq).putLong(micros(row.recordedAt())).array());
		field(sha, row.subjectType());
		field(sha, row.subjectId());
		field(sha, row.action());
		field(sha, row.actor());
		field(sha, row.detail());
		return sha.digest();
	}

	static long micros(Instant at) {
		return ChronoUnit.MICROS.between(Instant.EPOCH, at);
	}

	private static void field(MessageDigest sha, String value) {
		byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
		sha.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
		sha.update(bytes);
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java platform has SHA-256", e);
		}
	}
}
