package org.thongsuot.platform.internal.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import org.thongsuot.platform.ApiException;
import org.thongsuot.platform.ErrorCode;
import tools.jackson.databind.json.JsonMapper;

/** Answers an API request that the security filters refuse with the same problem shape as everything else. */
@Component
class ProblemWriter implements AuthenticationEntryPoint, AccessDeniedHandler, RequestRejectedHandler {

	private final MessageSource messages;
	private final LocaleResolver locales;
	private final JsonMapper json;

	ProblemWriter(MessageSource messages, LocaleResolver locales, JsonMapper json) {
		this.messages = messages;
		this.locales = locales;
		this.json = json;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"thongsuot\"");
		write(request, response, ErrorCode.UNAUTHENTICATED);
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		write(request, response, ErrorCode.ACCESS_DENIED);
	}

	/**
	 * The firewall refuses request targets that routers and servers read differently (encoded slashes,
	 * {@code ..}, {@code ;}, NUL): a bad request. The API says so as a problem; pages get the error page.
	 */
	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException ex)
			throws IOException {
		if (request.getRequestURI() != null && request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			write(request, response, ErrorCode.INVALID_PARAMETER, "path");
		}
		else {
			response.sendError(HttpServletResponse.SC_BAD_REQUEST);
		}
	}

	private void write(HttpServletRequest request, HttpServletResponse response, ErrorCode code) throws IOException {
		write(request, response, code, null);
	}

	private void write(HttpServletRequest request, HttpServletResponse response, ErrorCode code, String parameter)
			throws IOException {
		ApiException exception = parameter == null ? ApiException.of(code) : ApiException.ofParameter(code, parameter);
		ProblemDetail problem = exception.updateAndGetBody(messages, locales.resolveLocale(request));
		try {
			problem.setInstance(java.net.URI.create(request.getRequestURI()));
		}
		catch (IllegalArgumentException notAUri) {
			// a target the firewall refused may not parse as a URI: leave the instance out
		}
		response.setStatus(code.status().value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), problem);
	}
}
