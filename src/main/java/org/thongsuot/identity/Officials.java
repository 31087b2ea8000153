package org.thongsuot.identity;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.LongPredicate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thongsuot.identity.internal.AccountAdministration;
import org.thongsuot.identity.internal.AccountStore;

/**
 * The identity facade other modules use: who is calling, and the accounts of officials (with their
 * roles per agency) and of citizens.
 */
@Service
public class Officials {

	private final AccountStore accounts;
	private final PasswordEncoder encoder;
	private final AccountAdministration administration;
	private final ApplicationEventPublisher events;

	Officials(AccountStore accounts, PasswordEncoder encoder, AccountAdministration administration,
			ApplicationEventPublisher events) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.administration = administration;
		this.events = events;
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

	/**
	 * Records an account's email (null clears it): an official's work address, where deadline warnings go;
	 * a citizen's own, where notices about their dossiers go. Says whether the account exists.
	 */
	@Transactional
	public boolean setEmail(String username, String email) {
		String cleaned = email == null || email.isBlank() ? null : email.strip();
		if (cleaned != null && !cleaned.matches("[^@\\s]+@[^@\\s]+")) {
			throw new IllegalArgumentException("not an email address: " + cleaned);
		}
		return accounts.setEmail(username, cleaned);
	}

	/** The email of an enabled account (official or citizen), if it has one: where to send its notices. */
	@Transactional(readOnly = true)
	public Optional<String> email(String username) {
		return accounts.email(username);
	}

	/**
	 * Creates an official's account with its grants unless the name is taken; says whether it did.
	 * The password is stored hashed.
	 */
	@Transactional
	public boolean createOfficial(String username, String password, String displayName, Collection<Grant> grants) {
		boolean created = accounts.createOfficial(username, encoder.encode(password), displayName, grants);
		if (created) {
			events.publishEvent(new AccountCreated(username, AccountKind.OFFICIAL, List.copyOf(grants), actor(), Instant.now()));
		}
		return created;
	}

	/** Creates a citizen's local account unless the name or the citizen id is taken; says whether it did. */
	@Transactional
	public boolean createCitizen(String username, String password, String displayName, String citizenId) {
		boolean created = accounts.createCitizen(username, encoder.encode(password), displayName, citizenId);
		if (created) {
			events.publishEvent(new AccountCreated(username, AccountKind.CITIZEN, List.of(), actor(), Instant.now()));
		}
		return created;
	}

	/** Accounts whose username or name contains the query, officials first, with their grants. */
	@Transactional(readOnly = true)
	public List<AccountSummary> accounts(String query, int limit) {
		return accounts.accounts(query, limit);
	}

	/** One account, if it exists. */
	@Transactional(readOnly = true)
	public Optional<AccountSummary> account(String username) {
		return accounts.account(username);
	}

	/**
	 * An administrator creates an official's account with a generated one-time password (returned once,
	 * never stored in clear). {@code agencyExists} tells whether a granted agency is in the registry.
	 */
	@Transactional
	public CreatedAccount register(NewOfficial request, LongPredicate agencyExists) {
		return administration.createOfficial(request, agencyExists, actor());
	}

	/** Replaces an official's grants (a move to another agency, a new duty); the reason is audited. */
	@Transactional
	public AccountSummary replaceGrants(String username, List<Grant> grants, String reason, LongPredicate agencyExists) {
		return administration.replaceGrants(username, grants, reason, agencyExists, actor());
	}

	/** Disables an account (no more logins) or enables it again. */
	@Transactional
	public AccountSummary setEnabled(String username, boolean enabled) {
		return administration.setEnabled(username, enabled, actor());
	}

	/** Gives the account a new generated password and returns it, to be handed over once. */
	@Transactional
	public String resetPassword(String username) {
		return administration.resetPassword(username, actor());
	}

	private String actor() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.isAuthenticated() ? authentication.getName() : "system";
	}
}
