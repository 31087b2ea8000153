package org.thongsuot.reorg.web;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import org.thongsuot.platform.AccessRules;

/** The cut-over is the province's administrators' alone: pages and API. */
@Component
class ReorgAccessRules implements AccessRules {

	/** identity's Role.ADMIN, by name (reorg does not depend on identity: identity takes part in the cut-over). */
	static final String ADMIN = "ADMIN";

	@Override
	public void declare(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers("/api/reorg", "/api/reorg/**", "/reorg", "/reorg/**").hasRole(ADMIN);
	}
}
