package org.thongsuot.platform.internal.security;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;

import com.github.benmanes.caffeine.cache.Ticker;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.thongsuot.platform.AccessRules;

/**
 * Two doors. Machines call {@code /api/**} statelessly with HTTP basic (no session, so no CSRF to
 * forge); people use the pages with a session, form login and CSRF tokens. Both deny whatever no
 * module has declared a rule for.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
			+ "style-src 'self'; script-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; "
			+ "form-action 'self'";

	@Bean
	PasswordEncoder passwordEncoder() {
		// bcrypt today, and every stored hash names its algorithm, so a stronger one can be phased in.
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/**
	 * Password login for both doors. API clients send HTTP basic on every call; a password verified a
	 * moment ago is not put through bcrypt again (see {@link RecentlyVerifiedPasswords} for why that stays
	 * sound). {@code thongsuot.security.verified-password-ttl} (default 5 minutes) is how long it is
	 * remembered; 0 turns it off.
	 */
	@Bean
	AuthenticationProvider passwordLogin(UserDetailsService users, PasswordEncoder encoder,
			@Value("${thongsuot.security.verified-password-ttl:5m}") Duration ttl) {
		return new RecentlyVerifiedPasswords(users, encoder, ttl, Ticker.systemTicker());
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, List<AccessRules> rules, ProblemWriter problems) throws Exception {
		http.securityMatcher("/api/**")
				.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
				.csrf(csrf -> csrf.disable())
				.httpBasic(basic -> basic.authenticationEntryPoint(problems))
				.exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
				.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'")))
				.authorizeHttpRequests(requests -> declare(requests, rules));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http, List<AccessRules> rules) throws Exception {
		http.formLogin(form -> form.loginPage("/login").permitAll())
				.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/").permitAll())
				.headers(headers -> headers
						.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
						.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
				.authorizeHttpRequests(requests -> {
					requests.requestMatchers(HttpMethod.GET, "/", "/error", "/css/**", "/js/**", "/img/**",
							"/favicon.ico", "/webjars/**", "/login", "/about/**").permitAll();
					requests.requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**", "/actuator/info")
							.permitAll();
					requests.requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml",
							"/swagger-ui.html", "/swagger-ui/**").permitAll();
					declare(requests, rules);
				});
		return http.build();
	}

	private static void declare(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests,
			List<AccessRules> rules) {
		rules.stream().sorted(Comparator.comparingInt(AccessRules::order)).forEach(rule -> rule.declare(requests));
		requests.anyRequest().denyAll();
	}
}
