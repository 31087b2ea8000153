package org.thongsuot.audit.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thongsuot.platform.AccessRules;

/** The trail names people and what they did: province-wide administrators only. */
@Configuration(proxyBeanMethods = false)
class AuditAccessRules {

	@Bean
	AccessRules auditAccess() {
		return requests -> requests.requestMatchers("/audit", "/api/audit/**").hasRole("ADMIN");
	}
}
