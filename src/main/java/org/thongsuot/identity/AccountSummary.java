package org.thongsuot.identity;

import java.time.Instant;
import java.util.List;

/** An account as an administrator sees it (never its password hash). */
public record AccountSummary(String username, String displayName, AccountKind kind, boolean enabled,
		List<Grant> grants, Instant createdAt) {

	public AccountSummary {
		grants = List.copyOf(grants);
	}
}
