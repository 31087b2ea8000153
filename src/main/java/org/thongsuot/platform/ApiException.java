package org.thongsuot.platform;

import java.net.URI;

import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * An error a module reports to whoever called it, carrying a stable {@link ErrorCode}, the request
 * parameter at fault (if any) and arguments for the localized detail message
 * ({@code problem.<CODE>.detail}, or a more specific key). Rendered as an RFC 9457 problem by the API
 * and as the error page by the web pages.
 */
public class ApiException extends ErrorResponseException {

	private final ErrorCode code;
	private final String parameter;
	private final String detailMessageCode;
	private final transient Object[] arguments;

	private ApiException(ErrorCode code, String parameter, String detailMessageCode, Object[] arguments) {
		super(code.status(), problem(code, parameter), null, detailMessageCode, arguments);
		this.code = code;
		this.parameter = parameter;
		this.detailMessageCode = detailMessageCode;
		this.arguments = arguments;
	}

	/** An error not tied to one parameter; the detail is {@code problem.<CODE>.detail}. */
	public static ApiException of(ErrorCode code, Object... arguments) {
		return new ApiException(code, null, code.detailMessageCode(), arguments);
	}

	/**
	 * An error caused by one request parameter, named in the problem's {@code parameter} property.
	 * The parameter name is also the first argument of the detail message.
	 */
	public static ApiException ofParameter(ErrorCode code, String parameter, Object... arguments) {
		return new ApiException(code, parameter, code.detailMessageCode(), prepend(parameter, arguments));
	}

	/** Uses a more specific detail message key, for the same code. */
	public ApiException withDetail(String messageCode, Object... newArguments) {
		Object[] args = parameter == null ? newArguments : prepend(parameter, newArguments);
		return new ApiException(code, parameter, messageCode, args);
	}

	public ErrorCode code() {
		return code;
	}

	public String parameter() {
		return parameter;
	}

	@Override
	public String getTitleMessageCode() {
		return code.titleMessageCode();
	}

	@Override
	public String getDetailMessageCode() {
		return detailMessageCode;
	}

	@Override
	public Object[] getDetailMessageArguments() {
		return arguments;
	}

	@Override
	public String getMessage() {
		return code + (parameter == null ? "" : " (" + parameter + ")");
	}

	private static ProblemDetail problem(ErrorCode code, String parameter) {
		ProblemDetail problem = ProblemDetail.forStatus(code.status());
		problem.setType(URI.create(code.typeUri()));
		problem.setProperty("code", code.name());
		if (parameter != null) {
			problem.setProperty("parameter", parameter);
		}
		return problem;
	}

	private static Object[] prepend(String first, Object[] rest) {
		Object[] all = new Object[rest.length + 1];
		all[0] = first;
		System.arraycopy(rest, 0, all, 1, rest.length);
		return all;
	}
}
