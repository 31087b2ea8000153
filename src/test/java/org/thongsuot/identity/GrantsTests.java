package org.thongsuot.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.thongsuot.IntegrationTest;

/** Roles per agency become authorities at login, and CurrentUser reads them back. */
@IntegrationTest
class GrantsTests {

	@Autowired
	Officials officials;

	@Autowired
	UserDetailsService users;

	@Test
	void anOfficialsGrantsAreAuthoritiesAndCurrentUserAnswersPerAgency() {
		officials.createOfficial("grants-test", "grants-test-password", "Thử quyền",
				List.of(Grant.of(Role.RECEIVER, 11), Grant.of(Role.SPECIALIST, 12), Grant.of(Role.ADMIN, 11)));
		UserDetails details = users.loadUserByUsername("grants-test");
		Set<String> authorities = details.getAuthorities().stream().map(GrantedAuthority::getAuthority)
				.collect(java.util.stream.Collectors.toSet());

		assertThat(authorities).contains("GRANT_RECEIVER@11", "GRANT_SPECIALIST@12", "GRANT_ADMIN@11",
				"ROLE_RECEIVER", "ROLE_SPECIALIST").doesNotContain("ROLE_ADMIN");
		CurrentUser user = CurrentUser.of(new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(
				"grants-test", null, details.getAuthorities()));
		assertThat(user.may(Role.RECEIVER, 11)).isTrue();
		assertThat(user.may(Role.RECEIVER, 12)).isFalse();
		assertThat(user.may(Role.SPECIALIST, 12)).isTrue();
		assertThat(user.provinceAdmin()).isFalse();
		assertThat(user.agencies()).containsExactlyInAnyOrder(11L, 12L);
		assertThat(officials.grants("grants-test")).hasSize(3);
	}

	@Test
	void aCitizenHasNoGrantsButTheirIdNumber() {
		officials.createCitizen("citizen-grants", "citizen-password", "Phạm Thị Dung", "068195004321");
		UserDetails details = users.loadUserByUsername("citizen-grants");
		CurrentUser user = CurrentUser.of(new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(
				"citizen-grants", null, details.getAuthorities()));
		assertThat(user.citizen()).isTrue();
		assertThat(user.citizenId()).isEqualTo("068195004321");
		assertThat(user.grants()).isEmpty();
	}

	@Test
	void theFirstAdministratorIsProvinceWide() {
		UserDetails details = users.loadUserByUsername("admin");
		assertThat(details.getAuthorities()).extracting(GrantedAuthority::getAuthority).contains("ROLE_ADMIN", "GRANT_ADMIN@*");
	}

	@Test
	void onlyAnAdministratorMayHoldAProvinceWideGrant() {
		assertThatThrownBy(() -> new Grant(Role.RECEIVER, null)).isInstanceOf(IllegalArgumentException.class);
		assertThat(Grant.ofAuthority("GRANT_LEADER@42")).contains(Grant.of(Role.LEADER, 42));
		assertThat(Grant.ofAuthority("ROLE_LEADER")).isEmpty();
		assertThat(Grant.ofAuthority("GRANT_NOBODY@1")).isEmpty();
	}
}
