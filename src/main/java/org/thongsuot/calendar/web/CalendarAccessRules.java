package org.thongsuot.calendar.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.thongsuot.platform.AccessRules;

/** Everyone may read the calendar and compute deadlines; only administrators change the arrangement. */
@Configuration(proxyBeanMethods = false)
class CalendarAccessRules {

	@Bean
	AccessRules calendarAccess() {
		return requests -> {
			// The admin matchers come first: the public GET rules below would otherwise cover them.
			requests.requestMatchers("/calendar/admin", "/calendar/admin/**").hasRole("ADMIN");
			requests.requestMatchers(HttpMethod.POST, "/api/calendar/arrangements").hasRole("ADMIN");
			requests.requestMatchers(HttpMethod.PUT, "/api/calendar/arrangements/*").hasRole("ADMIN");
			requests.requestMatchers(HttpMethod.DELETE, "/api/calendar/arrangements/*").hasRole("ADMIN");
			requests.requestMatchers(HttpMethod.GET, "/api/calendar/**", "/calendar", "/calendar/**").permitAll();
		};
	}
}
