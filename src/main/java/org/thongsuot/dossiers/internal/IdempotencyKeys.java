package org.thongsuot.dossiers.internal;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.thongsuot.dossiers.ComponentFile;
import org.thongsuot.dossiers.ReceiptRequest;
import org.thongsuot.platform.ApiException;
import org.thongsuot.platform.ErrorCode;

/**
 * A receipt request's {@code Idempotency-Key}: the first request with a (client, key) inserts its row
 * inside the receipt's transaction, and the statement that writes the dossier records its code there; a
 * retry meanwhile waits on the row's unique index until the first commits (or rolls back), then finds
 * the dossier's code and answers with that dossier: never a second one. The same key with a different
 * request is refused. Only the code is kept, not the answer: the answer carries the receipt's secret,
 * which the database holds only hashed and sealed.
 */
@Component
class IdempotencyKeys {

	private final JdbcClient jdbc;

	IdempotencyKeys(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Empty if this request is the first with the key (and now owns it); else the code of the dossier it made. */
	Optional<String> claim(String client, String key, ReceiptRequest request) {
		if (key.isBlank() || key.length() > 200 || !key.chars().allMatch(c -> c > 32 && c < 127)) {
			throw ApiException.ofParameter(ErrorCode.INVALID_PARAMETER, "Idempotency-Key")
					.withDetail("problem.INVALID_PARAMETER.dossiers.idempotencyKey");
		}
		String hash = hash(request);
		boolean first = jdbc.sql("""
				INSERT INTO dossier_idempotency (client, key, request_hash) VALUES (:c, :k, :h)
				ON CONFLICT (client, key) DO NOTHING""")
				.param("c", client).param("k", key).param("h", hash).update() == 1;
		if (first) {
			return Optional.empty();
		}
		record Stored(String requestHash, String dossierCode) {
		}
		Stored stored = jdbc.sql("SELECT request_hash, dossier_code FROM dossier_idempotency WHERE client = :c AND key = :k")
				.param("c", client).param("k", key).query(Stored.class).single();
		if (!stored.requestHash().equals(hash) || stored.dossierCode() == null) {
			throw ApiException.ofParameter(ErrorCode.IDEMPOTENCY_KEY_REUSED, "Idempotency-Key", key);
		}
		return Optional.of(stored.dossierCode());
	}

	private static String hash(ReceiptRequest request) {
		StringBuilder s = new StringBuilder().append(request.procedureCode()).append('|').append(request.agencyId())
				.append('|').append(request.channel()).append('|').append(request.applicant());
		for (ComponentFile file : request.files()) {
			s.append('|').append(file.component()).append('|').append(file.fileName()).append('|')
					.append(file.content() == null ? "" : BlobStore.sha256(file.content()));
		}
		return BlobStore.sha256(Receipts.utf8(s.toString()));
	}
}
