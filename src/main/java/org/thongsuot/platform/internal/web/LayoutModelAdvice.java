package org.thongsuot.platform.internal.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/** What the page layout needs on every page: the province, the demo flag, the language switch. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LayoutModelAdvice {

	private final PlatformProperties platform;

	LayoutModelAdvice(PlatformProperties platform) {
		this.platform = platform;
	}

	@ModelAttribute("site")
	Site site(Locale locale, HttpServletRequest request) {
		// @RestController is a @Controller too: the API renders no layout
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			return null;
		}
		boolean english = "en".equals(locale.getLanguage());
		String other = english ? "vi" : "en";
		// Relative, so the link never trusts the Host header.
		String switchUrl = UriComponentsBuilder.fromPath(request.getRequestURI())
				.query(request.getQueryString())
				.replaceQueryParam("lang", other)
				.build(true)
				.toUriString();
		return new Site(english ? platform.provinceNameEn() : platform.provinceName(), platform.demo(),
				locale.getLanguage(), other, switchUrl, request.getRequestURI(), request.isUserInRole("ADMIN"));
	}
}
