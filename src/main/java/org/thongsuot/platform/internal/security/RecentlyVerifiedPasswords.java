package org.thongsuot.platform.internal.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password login that remembers, for a short while, which passwords it has just verified, so that a
 * machine client sending HTTP basic on every API call costs one bcrypt check per few minutes instead of
 * one per request (bcrypt at strength 10 takes tens of milliseconds of CPU by design: per request it
 * was most of the cost of a dossier submission).
 *
 * <p>Why this stays sound:
 * <ul>
 * <li>Only successes are remembered. A wrong password is checked with bcrypt every time, so guessing
 * costs an attacker exactly what it did.</li>
 * <li>The account is loaded on every request as before: a disabled, locked or expired account is refused
 * at once, and its current grants are used.</li>
 * <li>The remembered entry is a keyed hash (HMAC-SHA-256 under a random key made at start and never
 * stored) of the user name, the account's <em>stored</em> password hash and the presented password. A
 * changed password (or a re-hash) changes the stored hash, so the old password stops working at once;
 * no password is kept in the cache.</li>
 * <li>Entries expire after {@code ttl} (default 5 minutes) from their verification, and the cache is bounded.</li>
 * </ul>
 */
class RecentlyVerifiedPasswords extends DaoAuthenticationProvider {

	private final Cache<String, Boolean> verified;
	private final SecretKeySpec key;

	RecentlyVerifiedPasswords(UserDetailsService users, PasswordEncoder encoder, Duration ttl, Ticker ticker) {
		super(users);
		setPasswordEncoder(encoder);
		this.verified = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(10_000).ticker(ticker).build();
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		this.key = new SecretKeySpec(secret, "HmacSHA256");
	}

	@Override
	protected void additionalAuthenticationChecks(UserDetails user, UsernamePasswordAuthenticationToken authentication)
			throws AuthenticationException {
		Object credentials = authentication.getCredentials();
		if (credentials == null || user.getPassword() == null) {
			super.additionalAuthenticationChecks(user, authentication); // refuses it, as before
			return;
		}
		String entry = entry(user.getUsername(), user.getPassword(), credentials.toString());
		if (verified.getIfPresent(entry) != null) {
			return;
		}
		super.additionalAuthenticationChecks(user, authentication); // bcrypt; throws if the password is wrong
		verified.put(entry, Boolean.TRUE);
	}

	private String entry(String username, String storedHash, String presented) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			for (String part : new String[] { username, storedHash, presented }) {
				byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
				// length-prefixed, so no two different triples give the same input
				mac.update(new byte[] { (byte) (bytes.length >>> 24), (byte) (bytes.length >>> 16),
						(byte) (bytes.length >>> 8), (byte) bytes.length });
				mac.update(bytes);
			}
			return HexFormat.of().formatHex(mac.doFinal());
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
		}
	}
}
