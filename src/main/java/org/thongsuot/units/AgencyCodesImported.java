package org.thongsuot.units;

import java.time.Instant;

import org.thongsuot.platform.AuditedEvent;

/**
 * Published in the transaction that saved a province's code list (for the audit trail and for modules
 * that cache agency codes).
 *
 * @param importId the import's number in the import log
 * @param importedBy who imported it
 * @param sha256 the file's SHA-256, hex
 * @param summary what the import did
 * @param at when
 */
public record AgencyCodesImported(long importId, String importedBy, String sha256, AgencyImportSummary summary,
		Instant at) implements AuditedEvent {

	@Override
	public String auditSubjectType() {
		return "agency-import";
	}

	@Override
	public String auditSubjectId() {
		return String.valueOf(importId);
	}

	@Override
	public String auditActor() {
		return importedBy;
	}

}
