package org.thongsuot.identity;

import org.thongsuot.platform.AuditedEvent;

/** The events of the identity module; each is audited under the account's username. */
public sealed interface AccountEvent extends AuditedEvent
		permits AccountCreated, GrantsChanged, AccountStatusChanged, PasswordReset {

	String username();

	String actor();

	@Override
	default String auditSubjectType() {
		return "account";
	}

	@Override
	default String auditSubjectId() {
		return username();
	}

	@Override
	default String auditActor() {
		return actor();
	}
}
