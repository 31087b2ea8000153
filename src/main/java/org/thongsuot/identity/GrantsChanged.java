package org.thongsuot.identity;

import java.time.Instant;
import java.util.List;

/** An official's grants were replaced: what they were and what they are now. */
public record GrantsChanged(String username, List<Grant> before, List<Grant> after, String reason, String actor,
		Instant at) implements AccountEvent {

	public GrantsChanged {
		before = List.copyOf(before);
		after = List.copyOf(after);
	}
}
