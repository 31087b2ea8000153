package org.thongsuot.identity;

/** A newly created account and its one-time password: shown once to the administrator, never stored in clear. */
public record CreatedAccount(AccountSummary account, String password) {
}
