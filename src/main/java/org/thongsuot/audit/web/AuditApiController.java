package org.thongsuot.audit.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.thongsuot.audit.AuditEntry;
import org.thongsuot.audit.AuditTrail;
import org.thongsuot.audit.AuditVerification;
import org.thongsuot.platform.ApiException;
import org.thongsuot.platform.ErrorCode;

/** Verifying and reading the audit trail. */
@RestController
@RequestMapping("/api/audit")
@Tag(name = "Audit", description = "The hash-chained audit trail of every state change")
class AuditApiController {

	static final int MAX_LIMIT = 1_000;

	private final AuditTrail trail;

	AuditApiController(AuditTrail trail) {
		this.trail = trail;
	}

	@Operation(summary = "Seal pending entries and recompute the whole chain",
			description = "valid=false names the first position whose hash does not match its content.")
	@GetMapping("/verification")
	AuditVerification verify() {
		return trail.verify();
	}

	@Operation(summary = "Entries about one subject (oldest first), or the latest entries (newest first)")
	@GetMapping("/entries")
	List<AuditEntry> entries(@RequestParam(required = false) String subjectType,
			@RequestParam(required = false) String subjectId, @RequestParam(defaultValue = "100") int limit) {
		if (limit < 1 || limit > MAX_LIMIT) {
			throw ApiException.ofParameter(ErrorCode.INVALID_PARAMETER, "limit").withDetail("audit.problem.limit", MAX_LIMIT, limit);
		}
		boolean hasType = subjectType != null && !subjectType.isBlank();
		boolean hasId = subjectId != null && !subjectId.isBlank();
		if (hasType != hasId) {
			throw ApiException.ofParameter(ErrorCode.INVALID_PARAMETER, hasType ? "subjectId" : "subjectType")
				.withDetail("audit.problem.pair");
		}
		return hasType ? trail.about(subjectType.strip(), subjectId.strip(), limit) : trail.latest(limit);
	}
}
