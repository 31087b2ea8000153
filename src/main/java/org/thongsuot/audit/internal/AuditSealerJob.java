package org.thongsuot.audit.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Chains new entries every few seconds, so the verified part of the trail trails reality closely. */
@Component
class AuditSealerJob {

	private static final Logger log = LoggerFactory.getLogger(AuditSealerJob.class);

	private final AuditChain chain;

	AuditSealerJob(AuditChain chain) {
		this.chain = chain;
	}

	@Scheduled(fixedDelayString = "${thongsuot.audit.seal-interval:PT2S}", initialDelayString = "PT5S")
	void seal() {
		try {
			chain.sealPending();
		}
		catch (RuntimeException e) {
			// the next round retries; entries stay safely recorded, only unsealed
			log.warn("Sealing the audit trail failed; will retry", e);
		}
	}
}
