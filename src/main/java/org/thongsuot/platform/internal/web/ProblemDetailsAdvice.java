package org.thongsuot.platform.internal.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.apache.tomcat.util.http.fileupload.impl.SizeException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.thongsuot.platform.ApiException;
import org.thongsuot.platform.ErrorCode;

/**
 * Turns every error into an RFC 9457 problem with a stable {@code code}, the {@code parameter} at
 * fault and a localized title and detail. Requests for pages (outside {@code /api}) get the error page
 * instead, with the same status and message.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

	private final MessageSource messages;

	ProblemDetailsAdvice(MessageSource messages) {
		this.messages = messages;
		setMessageSource(messages);
	}

	@ExceptionHandler(ApiException.class)
	ResponseEntity<Object> handleApiException(ApiException ex, WebRequest request) {
		return handleExceptionInternal(ex, null, ex.getHeaders(), ex.getStatusCode(), request);
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<Object> handleAccessDenied(AccessDeniedException ex, WebRequest request) {
		Authentication who = SecurityContextHolder.getContext().getAuthentication();
		boolean anonymous = who == null || who instanceof AnonymousAuthenticationToken || !who.isAuthenticated();
		ApiException problem = ApiException.of(anonymous ? ErrorCode.UNAUTHENTICATED : ErrorCode.ACCESS_DENIED);
		HttpHeaders headers = new HttpHeaders();
		if (anonymous) {
			headers.add(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"thongsuot\"");
		}
		return handleExceptionInternal(problem, null, headers, problem.getStatusCode(), request);
	}

	/**
	 * A multipart body that does not parse (no boundary, a boundary that never comes, a part without a
	 * disposition) is the client's fault, not a server error; one that is too large says so.
	 */
	@ExceptionHandler(MultipartException.class)
	ResponseEntity<Object> handleBrokenMultipart(MultipartException ex, WebRequest request) {
		boolean tooLarge = false;
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			tooLarge |= cause instanceof SizeException || cause instanceof IllegalStateException
					&& String.valueOf(cause.getMessage()).contains("exceeds");
		}
		ApiException problem = tooLarge ? ApiException.of(ErrorCode.PAYLOAD_TOO_LARGE)
				: ApiException.of(ErrorCode.INVALID_REQUEST_BODY).withDetail("problem.INVALID_REQUEST_BODY.multipart");
		return reply(problem, new HttpHeaders(), request);
	}

	/**
	 * Tomcat parses the query string and form body lazily, on the first parameter read, and throws
	 * when they are badly encoded (a lone {@code %}, an empty name): a bad request.
	 */
	@ExceptionHandler(InvalidParameterException.class)
	ResponseEntity<Object> handleBadParameters(InvalidParameterException ex, WebRequest request) {
		return reply(ApiException.of(ErrorCode.INVALID_REQUEST_BODY).withDetail("problem.INVALID_REQUEST_BODY.query"),
				new HttpHeaders(), request);
	}

	/** A header value the security firewall refuses (control or non-ISO-8859-1 characters), read late. */
	@ExceptionHandler(RequestRejectedException.class)
	ResponseEntity<Object> handleRejected(RequestRejectedException ex, WebRequest request) {
		return reply(ApiException.ofParameter(ErrorCode.INVALID_PARAMETER, "header"), new HttpHeaders(), request);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> handleUnexpected(Exception ex, WebRequest request) {
		HttpServletRequest servlet = ((NativeWebRequest) request).getNativeRequest(HttpServletRequest.class);
		if (ex instanceof IllegalArgumentException && servlet != null && servlet.getContentType() != null
				&& servlet.getContentType().contains("*")) {
			// "Content-Type: */*" is refused by the converters with a bare IllegalArgumentException.
			return reply(ApiException.of(ErrorCode.UNSUPPORTED_MEDIA_TYPE, servlet.getContentType()), new HttpHeaders(),
					request);
		}
		log.error("Unexpected error on {}", request.getDescription(false), ex);
		ApiException problem = ApiException.of(ErrorCode.INTERNAL_ERROR);
		return handleExceptionInternal(problem, null, new HttpHeaders(), problem.getStatusCode(), request);
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return reply(ApiException.ofParameter(ErrorCode.MISSING_PARAMETER, ex.getParameterName(), ex.getParameterType()),
				headers, request);
	}

	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String parameter = ex instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName()
				: ex.getPropertyName();
		String expected = ex.getRequiredType() == null ? "?" : expectedForm(ex.getRequiredType());
		String value = String.valueOf(ex.getValue());
		// 2025-02-30 has the right form but names no day: say so rather than blame the form.
		String detail = "YYYY-MM-DD".equals(expected) && value.matches("\\d{4}-\\d{2}-\\d{2}")
				? "problem.INVALID_PARAMETER.noSuchDate" : "problem.INVALID_PARAMETER.type";
		return reply(ApiException.ofParameter(ErrorCode.INVALID_PARAMETER, parameter, value, expected)
				.withDetail(detail, value, expected), headers, request);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return reply(ApiException.of(ErrorCode.INVALID_REQUEST_BODY), headers, request);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = ex.getBindingResult().getAllErrors().stream()
				.map(error -> Map.of(
						"field", error instanceof FieldError field ? field.getField() : error.getObjectName(),
						"message", messages.getMessage(error, LocaleContextHolder.getLocale())))
				.toList();
		return validationFailed(errors, headers, request);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = ex.getParameterValidationResults().stream()
				.flatMap(result -> result.getResolvableErrors().stream().map(error -> Map.of(
						"field", String.valueOf(result.getMethodParameter().getParameterName()),
						"message", messages.getMessage(error, LocaleContextHolder.getLocale()))))
				.toList();
		return validationFailed(errors, headers, request);
	}

	@Override
	protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		return reply(ApiException.of(ErrorCode.NOT_FOUND, "/" + ex.getResourcePath()), headers, request);
	}

	@Override
	protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(HttpRequestMethodNotSupportedException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return reply(ApiException.of(ErrorCode.METHOD_NOT_ALLOWED, ex.getMethod()), headers, request);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return reply(ApiException.of(ErrorCode.UNSUPPORTED_MEDIA_TYPE, String.valueOf(ex.getContentType())), headers,
				request);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMediaTypeNotAcceptable(HttpMediaTypeNotAcceptableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return reply(ApiException.of(ErrorCode.NOT_ACCEPTABLE), headers, request);
	}

	@Override
	protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return reply(ApiException.of(ErrorCode.PAYLOAD_TOO_LARGE), headers, request);
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		if (!isApiRequest(request)) {
			return renderErrorPage(ex, statusCode, request);
		}
		// The problem's own type, whatever the Accept header asked for: a client that asked for CSV or
		// sent an unreadable Accept still learns what went wrong (and the answer is not an empty 406).
		HttpHeaders problemHeaders = new HttpHeaders();
		if (headers != null) {
			problemHeaders.putAll(headers);
		}
		problemHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		if (!(ex instanceof ApiException)) {
			// Spring's own exceptions we did not map above still get our shape and a code.
			ApiException problem = ApiException.of(codeFor(statusCode));
			return super.handleExceptionInternal(problem, null, problemHeaders, statusCode, request);
		}
		return super.handleExceptionInternal(ex, body, problemHeaders, statusCode, request);
	}

	private ResponseEntity<Object> reply(ApiException problem, HttpHeaders headers, WebRequest request) {
		return handleExceptionInternal(problem, null, headers, problem.getStatusCode(), request);
	}

	private ResponseEntity<Object> validationFailed(List<Map<String, String>> errors, HttpHeaders headers,
			WebRequest request) {
		ApiException problem = errors.isEmpty() ? ApiException.of(ErrorCode.VALIDATION_FAILED, "")
				: ApiException.ofParameter(ErrorCode.VALIDATION_FAILED, errors.get(0).get("field"),
						errors.get(0).get("message"));
		problem.getBody().setProperty("errors", errors);
		return reply(problem, headers, request);
	}

	/** Pages get Boot's error view with the problem's localized detail, not JSON. */
	private ResponseEntity<Object> renderErrorPage(Exception ex, HttpStatusCode status, WebRequest request) {
		HttpServletResponse response = ((NativeWebRequest) request).getNativeResponse(HttpServletResponse.class);
		String detail = null;
		if (ex instanceof ApiException problem) {
			ProblemDetail body = problem.updateAndGetBody(messages, LocaleContextHolder.getLocale());
			detail = body.getDetail();
		}
		try {
			if (response != null && !response.isCommitted()) {
				response.sendError(status.value(), detail);
			}
		}
		catch (IOException e) {
			log.debug("Could not send the error page", e);
		}
		return null;
	}

	private static boolean isApiRequest(WebRequest request) {
		HttpServletRequest servlet = ((NativeWebRequest) request).getNativeRequest(HttpServletRequest.class);
		if (servlet == null) {
			return true;
		}
		// While rendering an error (Tomcat forwarded to /error), the request that failed is what counts.
		Object failed = servlet.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI);
		String uri = failed != null ? failed.toString() : servlet.getRequestURI();
		return uri.startsWith(servlet.getContextPath() + "/api/");
	}

	static ErrorCode codeFor(HttpStatusCode status) {
		return switch (status.value()) {
			case 400 -> ErrorCode.INVALID_REQUEST_BODY;
			case 401 -> ErrorCode.UNAUTHENTICATED;
			case 403 -> ErrorCode.ACCESS_DENIED;
			case 404 -> ErrorCode.NOT_FOUND;
			case 405 -> ErrorCode.METHOD_NOT_ALLOWED;
			case 406 -> ErrorCode.NOT_ACCEPTABLE;
			case 409 -> ErrorCode.CONFLICT;
			case 413 -> ErrorCode.PAYLOAD_TOO_LARGE;
			case 415 -> ErrorCode.UNSUPPORTED_MEDIA_TYPE;
			default -> status.is4xxClientError() ? ErrorCode.INVALID_REQUEST_BODY : ErrorCode.INTERNAL_ERROR;
		};
	}

	/** A readable hint of the form a parameter takes, for the detail message. */
	private static String expectedForm(Class<?> type) {
		if (type.isEnum()) {
			return String.join(" | ", java.util.Arrays.stream(type.getEnumConstants()).map(String::valueOf).toList());
		}
		return switch (type.getSimpleName()) {
			case "LocalDate" -> "YYYY-MM-DD";
			case "LocalDateTime" -> "YYYY-MM-DDThh:mm[:ss]";
			case "OffsetDateTime", "ZonedDateTime", "Instant" -> "YYYY-MM-DDThh:mm:ss+07:00";
			case "int", "Integer", "long", "Long" -> "integer";
			case "boolean", "Boolean" -> "true | false";
			default -> type.getSimpleName();
		};
	}
}
