package org.thongsuot.platform.internal.web;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.TreeSet;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Vietnamese first, English second. Each module keeps its own message files
 * ({@code messages/<module>_vi.properties} and {@code _en}); they are found on the class path, so a
 * module adds texts without touching a shared file.
 */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration implements WebMvcConfigurer {

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
	static final String MESSAGES_PATTERN = "classpath*:messages/*_vi.properties";

	@Bean
	MessageSource messageSource() throws IOException {
		ReloadableResourceBundleMessageSource source = new ReloadableResourceBundleMessageSource();
		source.setBasenames(basenames());
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		source.setDefaultLocale(VIETNAMESE);
		// A "{0}" in a message without arguments is printed as is, so texts need no doubled quotes.
		source.setAlwaysUseMessageFormat(false);
		return source;
	}

	/** The basenames of every module's message files, e.g. {@code classpath:messages/units}. */
	static String[] basenames() throws IOException {
		Resource[] files = new PathMatchingResourcePatternResolver().getResources(MESSAGES_PATTERN);
		return Arrays.stream(files)
				.map(Resource::getFilename)
				.map(name -> "classpath:messages/" + name.substring(0, name.length() - "_vi.properties".length()))
				.collect(java.util.stream.Collectors.toCollection(TreeSet::new))
				.toArray(String[]::new);
	}

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("thongsuot-lang");
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieSameSite("Lax");
		// Pages start in Vietnamese whatever the browser's language (the switch is one click away); an
		// API client that asks for English in Accept-Language gets English problems.
		resolver.setDefaultLocaleFunction(request -> {
			String accept = request.getHeader("Accept-Language");
			boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
			return api && accept != null && accept.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH
					: VIETNAMESE;
		});
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor change = new LocaleChangeInterceptor();
		change.setParamName("lang");
		change.setIgnoreInvalidLocale(true);
		registry.addInterceptor(change);
	}
}
