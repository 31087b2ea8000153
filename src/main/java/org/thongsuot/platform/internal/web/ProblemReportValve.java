package org.thongsuot.platform.internal.web;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntFunction;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

/**
 * Tomcat refuses some requests before any servlet sees them (a request target with an encoded slash or
 * NUL, headers larger than allowed) and writes its own HTML page. Under {@code /api} this valve writes
 * the platform's RFC 9457 problem instead; elsewhere Tomcat's page (without server details) stays.
 */
final class ProblemReportValve extends ErrorReportValve {

	private final IntFunction<String> problems;

	ProblemReportValve(IntFunction<String> problems) {
		this.problems = problems;
		setShowReport(false);
		setShowServerInfo(false);
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		// A request line Tomcat could not parse (too long, a raw space or quote in the target) leaves
		// no URI: no browser sends such a thing, so the machine-readable answer suits it too.
		String uri = request.getCoyoteRequest().requestURI().toString();
		boolean unparsed = uri == null || uri.isEmpty();
		if (!unparsed && !uri.startsWith("/api/")) {
			super.report(request, response, throwable);
			return;
		}
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		AtomicBoolean ioAllowed = new AtomicBoolean(false);
		response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
		if (!ioAllowed.get()) {
			return;
		}
		try {
			response.setContentType("application/problem+json");
			response.setCharacterEncoding("UTF-8");
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(problems.apply(status));
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException e) {
			// the connection is gone or the response already started; nothing more to say
		}
	}
}
