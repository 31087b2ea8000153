package org.thongsuot.identity;

import java.time.Instant;

/** An administrator gave the account a new one-time password (the password itself is never recorded). */
public record PasswordReset(String username, String actor, Instant at) implements AccountEvent {
}
