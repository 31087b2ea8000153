package org.thongsuot.procedures.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.thongsuot.identity.Role;
import org.thongsuot.platform.AccessRules;

/**
 * Anyone may read the province's published list (page, CSV, Excel, JSON); administrators import,
 * configure, publish, withdraw and decentralize.
 */
@Configuration(proxyBeanMethods = false)
class ProceduresAccessRules {

	@Bean
	AccessRules proceduresAccess() {
		return requests -> {
			requests.requestMatchers(HttpMethod.GET, "/catalogue", "/catalogue/published.csv", "/catalogue/published.xlsx",
					"/api/catalogue/published").permitAll();
			requests.requestMatchers("/admin/catalogue", "/admin/catalogue/**", "/api/catalogue/**")
					.hasRole(Role.ADMIN.name());
		};
	}
}
