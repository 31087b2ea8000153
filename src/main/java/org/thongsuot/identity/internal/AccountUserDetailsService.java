package org.thongsuot.identity.internal;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Login (form and HTTP basic) looks officials up here. */
@Service
class AccountUserDetailsService implements UserDetailsService {

	private final Accounts accounts;

	AccountUserDetailsService(Accounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return accounts.find(username)
				.map(account -> User.withUsername(account.username())
						.password(account.passwordHash())
						.roles(account.roles().stream().map(Enum::name).toArray(String[]::new))
						.disabled(!account.enabled())
						.build())
				.orElseThrow(() -> new UsernameNotFoundException("No account " + username));
	}
}
