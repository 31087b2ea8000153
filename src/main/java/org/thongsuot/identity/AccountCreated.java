package org.thongsuot.identity;

import java.time.Instant;
import java.util.List;

/** An account was created, with the grants it starts with (none for a citizen). */
public record AccountCreated(String username, AccountKind kind, List<Grant> grants, String actor, Instant at)
		implements AccountEvent {

	public AccountCreated {
		grants = List.copyOf(grants);
	}
}
