package org.thongsuot.dossiers;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.thongsuot.identity.CurrentUser;
import org.thongsuot.identity.Grant;
import org.thongsuot.identity.Role;

/**
 * A logged-in browser session for the pages (which take form login, not the API's HTTP Basic): the
 * authorities the login gives an official or a citizen account.
 */
public final class PageLogins {

	private PageLogins() {
	}

	public static RequestPostProcessor official(String username, Role role, long agency) {
		return user(username).authorities(new SimpleGrantedAuthority("ROLE_" + role.name()),
				new SimpleGrantedAuthority(Grant.of(role, agency).authority()));
	}

	public static RequestPostProcessor citizen(String username, String idNumber) {
		return user(username).authorities(new SimpleGrantedAuthority(CurrentUser.CITIZEN_AUTHORITY),
				new SimpleGrantedAuthority(CurrentUser.CITIZEN_ID_PREFIX + idNumber));
	}

	/** citizen-1 of the {@link DossierFixture}. */
	public static RequestPostProcessor citizen1() {
		return citizen("citizen-1", DossierFixture.CITIZEN_ID);
	}
}
