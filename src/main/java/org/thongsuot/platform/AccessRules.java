package org.thongsuot.platform;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Who may call a module's endpoints. Every module that serves pages or API endpoints declares a bean
 * of this type; the platform denies every request no module has stated a rule for. Rules are applied
 * in {@link #order()}, before the deny-all.
 */
@FunctionalInterface
public interface AccessRules {

	void declare(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests);

	default int order() {
		return 0;
	}
}
