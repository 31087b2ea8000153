package org.thongsuot.platform.internal.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ModelAndView;
import org.thongsuot.platform.ApiException;
import org.thongsuot.platform.ErrorCode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Boot's {@code /error} endpoint, which renders what fails outside a controller (the servlet
 * container's 405 for TRACE, a security filter's refusal, an error forwarded by Tomcat): for a request
 * under {@code /api} it answers with the same RFC 9457 problem as everything else, whatever the Accept
 * header says; pages keep the error page.
 */
@Configuration(proxyBeanMethods = false)
class ApiErrorController {

	@Bean
	BasicErrorController basicErrorController(ErrorAttributes errorAttributes, WebProperties web,
			ObjectProvider<ErrorViewResolver> resolvers, MessageSource messages, LocaleResolver locales, JsonMapper json) {
		return new ProblemAwareErrorController(errorAttributes, web, resolvers.orderedStream().toList(), messages,
				locales, json);
	}

	static final class ProblemAwareErrorController extends BasicErrorController {

		private final MessageSource messages;
		private final LocaleResolver locales;
		private final JsonMapper json;

		ProblemAwareErrorController(ErrorAttributes errorAttributes, WebProperties web, List<ErrorViewResolver> resolvers,
				MessageSource messages, LocaleResolver locales, JsonMapper json) {
			super(errorAttributes, web.getError(), resolvers);
			this.messages = messages;
			this.locales = locales;
			this.json = json;
		}

		@Override
		public ModelAndView errorHtml(HttpServletRequest request, HttpServletResponse response) {
			if (forApi(request)) {
				writeProblem(request, response);
				return null;
			}
			return super.errorHtml(request, response);
		}

		@Override
		public ResponseEntity<java.util.Map<String, Object>> error(HttpServletRequest request) {
			if (forApi(request)) {
				writeProblem(request, currentResponse());
				return null;
			}
			return super.error(request);
		}

		@Override
		public ResponseEntity<String> mediaTypeNotAcceptable(HttpServletRequest request) {
			if (forApi(request)) {
				writeProblem(request, currentResponse());
				return null;
			}
			return super.mediaTypeNotAcceptable(request);
		}

		private static HttpServletResponse currentResponse() {
			return ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getResponse();
		}

		private static boolean forApi(HttpServletRequest request) {
			Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
			return uri != null && uri.toString().startsWith(request.getContextPath() + "/api/");
		}

		private void writeProblem(HttpServletRequest request, HttpServletResponse response) {
			HttpStatus status = getStatus(request);
			// A filter that failed on what the client sent (a form body with bad percent-encoding, a header
			// the firewall refuses, a broken multipart body) is the client's error, not the server's.
			for (Throwable cause = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION); cause != null;
					cause = cause.getCause()) {
				if (cause instanceof org.apache.tomcat.util.http.InvalidParameterException
						|| cause instanceof org.springframework.security.web.firewall.RequestRejectedException
						|| cause instanceof org.springframework.web.multipart.MultipartException
						|| cause instanceof org.springframework.http.converter.HttpMessageNotReadableException) {
					status = HttpStatus.BAD_REQUEST;
				}
			}
			if (status.value() < 400) {
				status = HttpStatus.INTERNAL_SERVER_ERROR;
			}
			ErrorCode code = ProblemDetailsAdvice.codeFor(status);
			Object argument = switch (code) {
				case METHOD_NOT_ALLOWED -> request.getMethod();
				case UNSUPPORTED_MEDIA_TYPE -> String.valueOf(request.getContentType());
				default -> String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
			};
			ProblemDetail problem = ApiException.of(code, argument).updateAndGetBody(messages,
					locales.resolveLocale(request));
			problem.setStatus(status.value());
			Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
			if (uri != null) {
				try {
					problem.setInstance(URI.create(uri.toString()));
				}
				catch (IllegalArgumentException notAUri) {
					// the request target that failed was not even a URI; leave the instance out
				}
			}
			try {
				response.setStatus(status.value());
				response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
				response.setCharacterEncoding("UTF-8");
				json.writeValue(response.getOutputStream(), problem);
			}
			catch (IOException | RuntimeException e) {
				// the client has gone; nothing more to tell it
			}
		}
	}
}
