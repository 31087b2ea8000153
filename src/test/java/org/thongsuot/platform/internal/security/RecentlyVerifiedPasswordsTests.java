package org.thongsuot.platform.internal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A password verified a moment ago is not put through bcrypt again, and nothing else about login changes. */
class RecentlyVerifiedPasswordsTests {

	/** bcrypt at its lowest cost (tests only), counting how often a password is really checked. */
	static final class CountingEncoder implements PasswordEncoder {

		final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
		final AtomicInteger checks = new AtomicInteger();

		@Override
		public String encode(CharSequence raw) {
			return bcrypt.encode(raw);
		}

		@Override
		public boolean matches(CharSequence raw, String encoded) {
			checks.incrementAndGet();
			return bcrypt.matches(raw, encoded);
		}
	}

	final CountingEncoder encoder = new CountingEncoder();
	final AtomicLong nanos = new AtomicLong();
	final AtomicReference<UserDetails> account = new AtomicReference<>();
	RecentlyVerifiedPasswords login;

	@BeforeEach
	void setUp() {
		account.set(user("correct horse", true));
		login = new RecentlyVerifiedPasswords(name -> account.get(), encoder, Duration.ofMinutes(5), nanos::get);
	}

	UserDetails user(String password, boolean enabled) {
		return User.withUsername("may.client").password(encoder.encode(password)).roles("RECEIVER").disabled(!enabled)
				.build();
	}

	Authentication attempt(String password) {
		return login.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("may.client", password));
	}

	@Test
	void theSamePasswordAgainWithinTheTimeIsNotCheckedWithBcryptAgain() {
		assertThat(attempt("correct horse").isAuthenticated()).isTrue();
		assertThat(attempt("correct horse").isAuthenticated()).isTrue();
		assertThat(attempt("correct horse").getAuthorities()).extracting(Object::toString).contains("ROLE_RECEIVER");
		assertThat(encoder.checks).hasValue(1);
	}

	@Test
	void aWrongPasswordIsCheckedEveryTimeAndNeverRemembered() {
		attempt("correct horse");
		assertThatThrownBy(() -> attempt("wrong horse")).isInstanceOf(BadCredentialsException.class);
		assertThatThrownBy(() -> attempt("wrong horse")).isInstanceOf(BadCredentialsException.class);
		assertThat(encoder.checks).hasValue(3);
	}

	@Test
	void aChangedPasswordRefusesTheOldOneAtOnce() {
		attempt("correct horse");
		account.set(user("battery staple", true));
		assertThatThrownBy(() -> attempt("correct horse")).isInstanceOf(BadCredentialsException.class);
		assertThat(attempt("battery staple").isAuthenticated()).isTrue();
	}

	@Test
	void aDisabledAccountIsRefusedThoughItsPasswordWasJustVerified() {
		attempt("correct horse");
		UserDetails enabled = account.get();
		account.set(User.withUserDetails(enabled).disabled(true).build());
		assertThatThrownBy(() -> attempt("correct horse")).isInstanceOf(DisabledException.class);
	}

	@Test
	void afterTheTimeThePasswordIsCheckedWithBcryptAgain() {
		attempt("correct horse");
		nanos.addAndGet(Duration.ofMinutes(5).plusSeconds(1).toNanos());
		attempt("correct horse");
		assertThat(encoder.checks).hasValue(2);
	}

	@Test
	void aZeroTimeRemembersNothing() {
		login = new RecentlyVerifiedPasswords(name -> account.get(), encoder, Duration.ZERO, nanos::get);
		attempt("correct horse");
		attempt("correct horse");
		assertThat(encoder.checks).hasValue(2);
	}
}
