package org.thongsuot.units.web;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import org.thongsuot.platform.AccessRules;

/**
 * Administrative units are public information: anyone may read the API and the units pages (the pages
 * {@code /units} and {@code /new-address} are served by the web layer built on this module). Nothing else
 * under these paths is allowed.
 */
@Component
class UnitsAccessRules implements AccessRules {

	@Override
	public void declare(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers(HttpMethod.GET, "/api/units", "/api/units/**").permitAll();
		requests.requestMatchers(HttpMethod.GET, "/units", "/units/**", "/new-address", "/new-address/**").permitAll();
	}
}
