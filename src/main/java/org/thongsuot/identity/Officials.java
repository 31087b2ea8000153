package org.thongsuot.identity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thongsuot.identity.internal.AccountStore;

/**
 * The identity facade other modules use: who is calling, and the accounts of officials (with their
 * roles per agency) and of citizens.
 */
@Service
public class Officials {

	private final AccountStore accounts;
	private final PasswordEncoder encoder;

	Officials(AccountStore accounts, PasswordEncoder encoder) {
		this.accounts = accounts;
		this.encoder = encoder;
	}

	/** The caller of the current request or task. */
	public CurrentUser current() {
		return CurrentUser.of(SecurityContextHolder.getContext().getAuthentication());
	}

	/** An official's grants (empty for an unknown account). */
	public List<Grant> grants(String username) {
		return accounts.grants(username);
	}

	/** An account's display name, if the account exists. */
	public Optional<String> displayName(String username) {
		return accounts.displayName(username);
	}

	/**
	 * The officials who hold {@code role} for the agency (not province-wide administrators), with their
	 * emails: whom to notify about work waiting at that agency and role.
	 */
	public List<OfficialContact> holders(Role role, long agencyId) {
		return accounts.holders(role, agencyId);
	}

	/** Records an official's work email (null clears it); says whether the official exists. */
	@Transactional
	public boolean setEmail(String username, String email) {
		String cleaned = email == null || email.isBlank() ? null : email.strip();
		if (cleaned != null && !cleaned.matches("[^@\\s]+@[^@\\s]+")) {
			throw new IllegalArgumentException("not an email address: " + cleaned);
		}
		return accounts.setEmail(username, cleaned);
	}

	/**
	 * Creates an official's account with its grants unless the name is taken; says whether it did.
	 * The password is stored hashed.
	 */
	@Transactional
	public boolean createOfficial(String username, String password, String displayName, Collection<Grant> grants) {
		return accounts.createOfficial(username, encoder.encode(password), displayName, grants);
	}

	/** Creates a citizen's local account unless the name or the citizen id is taken; says whether it did. */
	@Transactional
	public boolean createCitizen(String username, String password, String displayName, String citizenId) {
		return accounts.createCitizen(username, encoder.encode(password), displayName, citizenId);
	}
}
