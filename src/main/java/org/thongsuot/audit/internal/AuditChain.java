package org.thongsuot.audit.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.thongsuot.audit.AuditVerification;

/**
 * Seals committed entries into the chain and verifies it. One sealer at a time across all nodes (a
 * PostgreSQL advisory lock held for each batch's transaction), so positions never fork.
 */
@Component
public class AuditChain {

	private static final int BATCH = 2_000;

	private final AuditRepository repository;
	private final TransactionTemplate transactions;
	private final TransactionTemplate readOnly;
	private final Clock clock = Clock.systemUTC();

	AuditChain(AuditRepository repository, PlatformTransactionManager transactionManager) {
		this.repository = repository;
		this.transactions = new TransactionTemplate(transactionManager);
		this.readOnly = new TransactionTemplate(transactionManager);
		this.readOnly.setReadOnly(true);
	}

	/** Seals every entry committed so far, batch by batch; returns how many. */
	public int sealPending() {
		int total = 0;
		while (true) {
			Integer sealed = transactions.execute(status -> sealBatch());
			if (sealed == null || sealed <= 0) {
				return total;
			}
			total += sealed;
			if (sealed < BATCH) {
				return total;
			}
		}
	}

	/** One batch in the current transaction; -1 when another node is sealing. */
	private int sealBatch() {
		if (!repository.trySealerLock()) {
			return -1;
		}
		List<AuditRow> rows = repository.unsealed(BATCH);
		if (rows.isEmpty()) {
			return 0;
		}
		AuditRepository.Head head = repository.head();
		long seq = head.seq();
		byte[] previous = head.hash();
		List<AuditRepository.Seal> seals = new ArrayList<>(rows.size());
		for (AuditRow row : rows) {
			seq++;
			previous = ChainHash.next(previous, seq, row);
			seals.add(new AuditRepository.Seal(row.id(), seq, previous));
		}
		repository.seal(seals, Instant.now(clock));
		return rows.size();
	}

	/** Recomputes the chain from its first entry; reports the first position that does not match. */
	public AuditVerification verify() {
		return readOnly.execute(status -> {
			AuditRepository.Counts counts = repository.counts();
			Walk walk = new Walk();
			repository.eachSealed(walk::step);
			return new AuditVerification(counts.entries(), counts.sealed(), counts.entries() - counts.sealed(),
					walk.broken == null, walk.broken, walk.expectedSeq == 1 ? null : walk.expectedSeq - 1,
					walk.expectedSeq == 1 ? null : HexFormat.of().formatHex(walk.previous), Instant.now(clock));
		});
	}

	/** The state of a walk along the chain. */
	private static final class Walk {

		long expectedSeq = 1;
		byte[] previous = ChainHash.GENESIS;
		Long broken;

		void step(AuditRepository.SealedRow sealed) {
			byte[] expected = ChainHash.next(previous, expectedSeq, sealed.row());
			if (broken == null && (sealed.seq() != expectedSeq || !Arrays.equals(expected, sealed.hash()))) {
				broken = sealed.seq();
			}
			// go on from the stored hash, so one altered entry is reported and the rest still checked
			previous = sealed.hash();
			expectedSeq = sealed.seq() + 1;
		}
	}
}
