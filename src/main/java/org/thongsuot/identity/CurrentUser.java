package org.thongsuot.identity;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Who is calling, as the modules that enforce per-agency rules see it: an official with grants, a
 * citizen, or nobody (anonymous). Built from the authorities login gave, so it needs no database.
 *
 * @param username the login name, null when anonymous
 * @param kind official or citizen, null when anonymous
 * @param citizenId a citizen's personal identification number, else null
 * @param grants an official's roles per agency
 */
public record CurrentUser(String username, AccountKind kind, String citizenId, Set<Grant> grants) {

	public static final String CITIZEN_AUTHORITY = "ROLE_CITIZEN";
	public static final String CITIZEN_ID_PREFIX = "CITIZEN_ID_";
	public static final CurrentUser ANONYMOUS = new CurrentUser(null, null, null, Set.of());

	public CurrentUser {
		grants = Set.copyOf(grants);
	}

	/** The user an authentication denotes (null or anonymous: {@link #ANONYMOUS}). */
	public static CurrentUser of(Authentication authentication) {
		if (authentication == null || !authentication.isAuthenticated()
				|| "anonymousUser".equals(authentication.getPrincipal())) {
			return ANONYMOUS;
		}
		Collection<? extends GrantedAuthority> authorities = authentication.getAuthorities();
		List<String> names = authorities.stream().map(GrantedAuthority::getAuthority).toList();
		boolean citizen = names.contains(CITIZEN_AUTHORITY);
		String citizenId = names.stream().filter(n -> n.startsWith(CITIZEN_ID_PREFIX))
				.map(n -> n.substring(CITIZEN_ID_PREFIX.length())).findFirst().orElse(null);
		Set<Grant> grants = names.stream().map(Grant::ofAuthority).flatMap(java.util.Optional::stream)
				.collect(Collectors.toSet());
		return new CurrentUser(authentication.getName(), citizen ? AccountKind.CITIZEN : AccountKind.OFFICIAL,
				citizenId, grants);
	}

	public boolean anonymous() {
		return username == null;
	}

	public boolean citizen() {
		return kind == AccountKind.CITIZEN;
	}

	public boolean official() {
		return kind == AccountKind.OFFICIAL;
	}

	/** May this user act as {@code role} for the agency? */
	public boolean may(Role role, long agencyId) {
		return grants.stream().anyMatch(g -> g.covers(role, agencyId));
	}

	/** Whether the user holds any role for the agency (or is a province-wide administrator). */
	public boolean worksFor(long agencyId) {
		return grants.stream().anyMatch(g -> g.provinceWide() || g.agencyId() == agencyId);
	}

	public boolean provinceAdmin() {
		return grants.stream().anyMatch(Grant::provinceWide);
	}

	/** The agencies the user holds a role for (province-wide grants excluded). */
	public Set<Long> agencies() {
		return grants.stream().filter(g -> !g.provinceWide()).map(Grant::agencyId).collect(Collectors.toSet());
	}

	/** The agencies the user may act for as {@code role}. */
	public Set<Long> agencies(Role role) {
		return grants.stream().filter(g -> g.role() == role && !g.provinceWide()).map(Grant::agencyId)
				.collect(Collectors.toSet());
	}
}
