package org.thongsuot.platform.internal.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Turns off Spring Boot's {@link ResourceUrlEncodingFilter} (registered because webjars-locator-lite is on
 * the class path). It rewrites every link a page renders ({@code @{...}}) to a versioned static URL; the
 * pages use no versioned URLs, and for a link that is no static file (a dossier's page, a search) it looked
 * the path up in each static location inside the packaged jar, on every render, without caching the
 * miss: measured with JFR, about 60 % of the work queue page's time. Version-less webjar paths
 * ({@code /webjars/htmx.org/dist/htmx.min.js}) are still resolved by the webjars resource handler when the
 * browser asks for them.
 */
@Configuration(proxyBeanMethods = false)
class StaticLinksConfiguration {

	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new ResourceUrlEncodingFilter());
		registration.setEnabled(false);
		return registration;
	}
}
