package org.thongsuot.identity;

/** Whose account it is. */
public enum AccountKind {
	/** A civil servant, acting for agencies through {@link Grant}s. */
	OFFICIAL,
	/**
	 * A citizen with a local account, identified by the personal identification number; an OpenID Connect
	 * login (VNeID) can later map onto the same number.
	 */
	CITIZEN
}
