package org.thongsuot.identity;

import java.util.Objects;
import java.util.Optional;

/**
 * A role an official holds for one agency (the units registry's agency id), or for the whole province
 * ({@code agencyId} null, administrators only). Spring Security sees it as the authority
 * {@code GRANT_<ROLE>@<agencyId>} ({@code @*} province-wide), so a rule can ask "may this user act as
 * role R for agency A" with {@link #authority(Role, long)}.
 */
public record Grant(Role role, Long agencyId) {

	public static final String PREFIX = "GRANT_";

	public Grant {
		Objects.requireNonNull(role, "role");
		if (agencyId == null && role != Role.ADMIN) {
			throw new IllegalArgumentException("only ADMIN may be granted province-wide");
		}
	}

	public static Grant of(Role role, long agencyId) {
		return new Grant(role, agencyId);
	}

	public static Grant provinceAdmin() {
		return new Grant(Role.ADMIN, null);
	}

	public boolean provinceWide() {
		return agencyId == null;
	}

	/** Whether this grant lets its holder act as {@code wanted} for the agency. */
	public boolean covers(Role wanted, long agency) {
		return role == wanted && (agencyId == null || agencyId == agency);
	}

	public String authority() {
		return PREFIX + role.name() + "@" + (agencyId == null ? "*" : agencyId);
	}

	public static String authority(Role role, long agencyId) {
		return PREFIX + role.name() + "@" + agencyId;
	}

	/** The grant an authority string denotes, if it denotes one. */
	public static Optional<Grant> ofAuthority(String authority) {
		if (authority == null || !authority.startsWith(PREFIX) || authority.indexOf('@') < 0) {
			return Optional.empty();
		}
		String body = authority.substring(PREFIX.length());
		int at = body.indexOf('@');
		try {
			Role role = Role.valueOf(body.substring(0, at));
			String agency = body.substring(at + 1);
			return Optional.of(new Grant(role, "*".equals(agency) ? null : Long.valueOf(agency)));
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}
}
