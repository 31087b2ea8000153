package org.thongsuot.identity.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.thongsuot.identity.CurrentUser;
import org.thongsuot.identity.Grant;
import org.thongsuot.identity.Role;

/**
 * Login (form and HTTP basic) looks accounts up here. Authorities: {@code ROLE_<role>} for the
 * platform-wide roles of the account and for every role held for some agency (so a page can ask "is a
 * receiver somewhere"), except ADMIN, which only a province-wide grant or the platform-wide role gives;
 * {@code GRANT_<role>@<agency>} per grant; {@code ROLE_CITIZEN} and {@code CITIZEN_ID_<number>} for a
 * citizen.
 */
@Service
class AccountUserDetailsService implements UserDetailsService {

	private final AccountStore store;

	AccountUserDetailsService(AccountStore store) {
		this.store = store;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		AccountStore.Login login = store.login(username)
				.orElseThrow(() -> new UsernameNotFoundException("No account " + username));
		Accounts.Account account = login.account();
		AccountStore.Identity identity = login.identity();
		Set<String> names = new LinkedHashSet<>();
		List<Grant> grants = new ArrayList<>(login.grants());
		if ("CITIZEN".equals(identity.kind())) {
			names.add(CurrentUser.CITIZEN_AUTHORITY);
			names.add(CurrentUser.CITIZEN_ID_PREFIX + identity.citizenId());
		}
		else {
			for (Role role : account.roles()) {
				names.add("ROLE_" + role.name());
				if (role == Role.ADMIN) {
					grants.add(Grant.provinceAdmin());
				}
			}
			for (Grant grant : grants) {
				names.add(grant.authority());
				if (grant.role() != Role.ADMIN || grant.provinceWide()) {
					names.add("ROLE_" + grant.role().name());
				}
			}
		}
		List<GrantedAuthority> authorities = names.stream().<GrantedAuthority>map(SimpleGrantedAuthority::new).toList();
		return User.withUsername(account.username())
				.password(account.passwordHash())
				.authorities(authorities)
				.disabled(!account.enabled())
				.build();
	}
}
