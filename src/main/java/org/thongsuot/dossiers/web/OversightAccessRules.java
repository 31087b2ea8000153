package org.thongsuot.dossiers.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.thongsuot.platform.AccessRules;

/**
 * Statistics are for officials, notices for officials and citizens. Declared before the dossier rules (whose
 * {@code GET /api/dossiers/*} is open at the door for the receipt's secret), so
 * {@code /api/dossiers/statistics} needs an account; the service then limits each official to their
 * agencies.
 */
@Configuration(proxyBeanMethods = false)
class OversightAccessRules {

	@Bean
	AccessRules oversightAccess() {
		return new AccessRules() {

			@Override
			public void declare(
					org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer<org.springframework.security.config.annotation.web.builders.HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
				requests.requestMatchers(HttpMethod.GET, "/api/dossiers/statistics").authenticated();
				requests.requestMatchers("/api/notices", "/api/notices/**").authenticated();
				// notices: officials' deadline warnings and citizens' news about their dossiers
				requests.requestMatchers("/notices", "/notices/**")
						.hasAnyRole("RECEIVER", "SPECIALIST", "LEADER", "ADMIN", "CITIZEN");
				requests.requestMatchers("/statistics", "/statistics/**", "/statistics.xlsx")
						.hasAnyRole("RECEIVER", "SPECIALIST", "LEADER", "ADMIN");
			}

			@Override
			public int order() {
				return -10;
			}
		};
	}
}
