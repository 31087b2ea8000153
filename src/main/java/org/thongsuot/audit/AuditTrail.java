package org.thongsuot.audit;

import java.util.List;

import org.springframework.stereotype.Service;
import org.thongsuot.audit.internal.AuditChain;
import org.thongsuot.audit.internal.AuditRepository;

/** Reading and verifying the audit trail. Writing happens only through published events. */
@Service
public class AuditTrail {

	private final AuditChain chain;
	private final AuditRepository repository;

	AuditTrail(AuditChain chain, AuditRepository repository) {
		this.chain = chain;
		this.repository = repository;
	}

	/** Seals what is pending, then recomputes every hash of the chain from the start. */
	public AuditVerification verify() {
		chain.sealPending();
		return chain.verify();
	}

	/** Chains every entry committed so far; returns how many it sealed. */
	public int sealPending() {
		return chain.sealPending();
	}

	/** The entries about one subject, oldest first. */
	public List<AuditEntry> about(String subjectType, String subjectId, int limit) {
		return repository.about(subjectType, subjectId, limit);
	}

	/** The most recent entries, newest first. */
	public List<AuditEntry> latest(int limit) {
		return repository.latest(limit);
	}
}
