package org.thongsuot.units.web;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import org.thongsuot.platform.AccessRules;

/**
 * Who may use the agencies: anyone may look them up (API and pages); only an administrator may import
 * a code list or register an agency.
 */
@Component
class AgencyAccessRules implements AccessRules {

	/**
	 * identity's Role.ADMIN, by name: identity will depend on units (roles per agency), so units must not
	 * depend on identity.
	 */
	static final String ADMIN = "ADMIN";

	@Override
	public void declare(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers(HttpMethod.POST, "/api/agencies/import", "/api/agencies").hasRole(ADMIN);
		requests.requestMatchers("/agencies/import", "/agencies/import/**", "/agencies/new").hasRole(ADMIN);
		requests.requestMatchers(HttpMethod.GET, "/api/agencies", "/api/agencies/**", "/agencies", "/agencies/**")
				.permitAll();
	}
}
