package org.thongsuot.dossiers.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.thongsuot.platform.AccessRules;

/**
 * Pages: the work queue, dossier pages and the counter form are for officials; tracking is public.
 * Reading one dossier through the API is open at the door (the code with the receipt's secret is enough; the service
 * decides what each caller sees); everything else needs an account, and the service checks the role
 * per agency.
 */
@Configuration(proxyBeanMethods = false)
class DossierAccessRules {

	@Bean
	AccessRules dossierAccess() {
		return requests -> {
			requests.requestMatchers(HttpMethod.GET, "/api/dossiers/results").authenticated();
			// A dossier, its forms and its result: the service decides (officials involved, the citizen, the secret).
			requests.requestMatchers(HttpMethod.GET, "/api/dossiers/*", "/api/dossiers/*/forms/*",
					"/api/dossiers/*/result").permitAll();
			requests.requestMatchers(HttpMethod.GET, "/api/dossiers").authenticated();
			requests.requestMatchers(HttpMethod.POST, "/api/dossiers", "/api/dossiers/*/actions/*").authenticated();
			// Pages: tracking by code and secret is public; the rest is for officials.
			requests.requestMatchers("/tracking").permitAll();
			requests.requestMatchers("/dossiers", "/dossiers/**").hasAnyRole("RECEIVER", "SPECIALIST", "LEADER", "ADMIN");
			// A citizen's own dossiers: the page for citizens; the API answers 403 to officials itself.
			requests.requestMatchers(HttpMethod.GET, "/api/my-dossiers").authenticated();
			requests.requestMatchers("/my-dossiers", "/my-dossiers/**").hasRole("CITIZEN");
		};
	}
}
