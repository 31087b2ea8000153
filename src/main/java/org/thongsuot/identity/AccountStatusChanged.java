package org.thongsuot.identity;

import java.time.Instant;

/** An account was disabled (it can no longer log in) or enabled again. */
public record AccountStatusChanged(String username, boolean enabled, String actor, Instant at) implements AccountEvent {
}
