package org.thongsuot.identity.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thongsuot.platform.AccessRules;

/** Accounts and grants are managed by province-wide administrators only. */
@Configuration(proxyBeanMethods = false)
class IdentityAccessRules {

	@Bean
	AccessRules identityAccess() {
		return requests -> requests.requestMatchers("/admin/accounts", "/admin/accounts/**", "/api/accounts", "/api/accounts/**")
			.hasRole("ADMIN");
	}
}
