package org.thongsuot.identity.internal;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.LongPredicate;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.thongsuot.identity.AccountCreated;
import org.thongsuot.identity.AccountKind;
import org.thongsuot.identity.AccountStatusChanged;
import org.thongsuot.identity.AccountSummary;
import org.thongsuot.identity.CreatedAccount;
import org.thongsuot.identity.Grant;
import org.thongsuot.identity.GrantsChanged;
import org.thongsuot.identity.NewOfficial;
import org.thongsuot.identity.PasswordReset;
import org.thongsuot.platform.ApiException;
import org.thongsuot.platform.ErrorCode;

/**
 * An administrator's changes to accounts: every input checked before anything is written, every change
 * published as an audited event in the same transaction (the caller's).
 */
@Service
public class AccountAdministration {

	/** The login's form, as the table's check constraint has it. */
	static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,64}");

	/** Long enough to resist guessing, without symbols that are hard to read out over the phone. */
	static final int PASSWORD_LENGTH = 16;

	private static final char[] PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789".toCharArray();

	private final AccountStore store;
	private final PasswordEncoder encoder;
	private final ApplicationEventPublisher events;
	private final SecureRandom random = new SecureRandom();

	AccountAdministration(AccountStore store, PasswordEncoder encoder, ApplicationEventPublisher events) {
		this.store = store;
		this.encoder = encoder;
		this.events = events;
	}

	public CreatedAccount createOfficial(NewOfficial request, LongPredicate agencyExists, String actor) {
		String username = request.username() == null ? "" : request.username().strip();
		if (!USERNAME.matcher(username).matches()) {
			throw ApiException.ofParameter(ErrorCode.INVALID_PARAMETER, "username").withDetail("identity.problem.username", username);
		}
		String displayName = displayName(request.displayName());
		List<Grant> grants = grants(request.grants(), agencyExists);
		String password = newPassword();
		if (!store.createOfficial(username, encoder.encode(password), displayName, grants)) {
			throw ApiException.ofParameter(ErrorCode.ACCOUNT_EXISTS, "username", username);
		}
		events.publishEvent(new AccountCreated(username, AccountKind.OFFICIAL, grants, actor, Instant.now()));
		return new CreatedAccount(store.account(username).orElseThrow(), password);
	}

	public AccountSummary replaceGrants(String username, List<Grant> requested, String reason, LongPredicate agencyExists,
			String actor) {
		AccountSummary account = existing(username);
		if (account.kind() != AccountKind.OFFICIAL) {
			throw ApiException.ofParameter(ErrorCode.ACCOUNT_CHANGE_REFUSED, "grants").withDetail("identity.problem.citizenGrants", username);
		}
		List<Grant> grants = grants(requested, agencyExists);
		List<Grant> before = store.grants(username);
		if (before.equals(grants)) {
			return account;
		}
		store.replaceGrants(username, grants);
		if (store.enabledProvinceAdministrators() == 0) {
			throw ApiException.ofParameter(ErrorCode.ACCOUNT_CHANGE_REFUSED, "grants").withDetail("identity.problem.lastAdmin", username);
		}
		events.publishEvent(new GrantsChanged(username, before, grants, reason == null ? "" : reason.strip(), actor, Instant.now()));
		return store.account(username).orElseThrow();
	}

	public AccountSummary setEnabled(String username, boolean enabled, String actor) {
		existing(username);
		if (!enabled && username.equals(actor)) {
			throw ApiException.ofParameter(ErrorCode.ACCOUNT_CHANGE_REFUSED, "username").withDetail("identity.problem.self", username);
		}
		if (store.setEnabled(username, enabled)) {
			if (store.enabledProvinceAdministrators() == 0) {
				throw ApiException.ofParameter(ErrorCode.ACCOUNT_CHANGE_REFUSED, "username").withDetail("identity.problem.lastAdmin", username);
			}
			events.publishEvent(new AccountStatusChanged(username, enabled, actor, Instant.now()));
		}
		return store.account(username).orElseThrow();
	}

	public String resetPassword(String username, String actor) {
		existing(username);
		String password = newPassword();
		store.setPasswordHash(username, encoder.encode(password));
		events.publishEvent(new PasswordReset(username, actor, Instant.now()));
		return password;
	}

	private AccountSummary existing(String username) {
		return store.account(username == null ? "" : username.strip())
			.orElseThrow(() -> ApiException.ofParameter(ErrorCode.ACCOUNT_NOT_FOUND, "username", username));
	}

	private static String displayName(String value) {
		String name = value == null ? "" : java.text.Normalizer.normalize(value.strip(), java.text.Normalizer.Form.NFC);
		if (name.isEmpty() || name.length() > 200 || name.chars().anyMatch(Character::isISOControl)) {
			throw ApiException.ofParameter(ErrorCode.INVALID_PARAMETER, "displayName").withDetail("identity.problem.displayName");
		}
		return name;
	}

	private static List<Grant> grants(List<Grant> requested, LongPredicate agencyExists) {
		List<Grant> grants = new ArrayList<>(new LinkedHashSet<>(requested == null ? List.of() : requested));
		for (int i = 0; i < grants.size(); i++) {
			Grant grant = grants.get(i);
			if (grant.agencyId() != null && !agencyExists.test(grant.agencyId())) {
				throw ApiException.ofParameter(ErrorCode.INVALID_PARAMETER, "grants[" + i + "].agencyId")
					.withDetail("identity.problem.agency", grant.agencyId());
			}
		}
		grants.sort(java.util.Comparator.comparing((Grant g) -> g.role().name())
			.thenComparing(g -> g.agencyId() == null ? -1 : g.agencyId()));
		return List.copyOf(grants);
	}

	private String newPassword() {
		char[] password = new char[PASSWORD_LENGTH];
		for (int i = 0; i < password.length; i++) {
			password[i] = PASSWORD_ALPHABET[random.nextInt(PASSWORD_ALPHABET.length)];
		}
		return new String(password);
	}
}
