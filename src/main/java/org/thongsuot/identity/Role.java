package org.thongsuot.identity;

/** What an official may do. Spring Security sees each as the authority {@code ROLE_<name>}. */
public enum Role {
	/** Provincial IT: units, agencies, calendar, accounts, configuration. */
	ADMIN,
	/** One-stop officer receiving dossiers at the counter. */
	RECEIVER,
	/** Processes the steps of a dossier. */
	SPECIALIST,
	/** Approves and signs. */
	LEADER
}
