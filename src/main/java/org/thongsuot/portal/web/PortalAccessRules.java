package org.thongsuot.portal.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.thongsuot.identity.Role;
import org.thongsuot.platform.AccessRules;

/** Anyone may search and read procedures and the centres; administrators edit the centres. */
@Configuration(proxyBeanMethods = false)
class PortalAccessRules {

	@Bean
	AccessRules portalAccess() {
		return requests -> {
			requests.requestMatchers(HttpMethod.GET, "/procedures", "/procedures/**", "/centres").permitAll();
			requests.requestMatchers(HttpMethod.GET, "/api/procedures", "/api/procedures/**", "/api/centres").permitAll();
			requests.requestMatchers("/admin/centres", "/admin/centres/**").hasRole(Role.ADMIN.name());
		};
	}
}
