package org.thongsuot.calendar.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.thongsuot.calendar.ArrangementConflictException;
import org.thongsuot.calendar.ArrangementNotFoundException;
import org.thongsuot.calendar.CalendarException;
import org.thongsuot.calendar.CalendarRangeException;
import org.thongsuot.platform.ApiException;
import org.thongsuot.platform.ErrorCode;

/**
 * Turns the module's own exceptions into the platform's problems (stable code, the parameter at
 * fault, a translated detail), for the calendar's API controllers only.
 */
@RestControllerAdvice(assignableTypes = { CalendarApiController.class, ArrangementApiController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class CalendarProblems {

	private final MessageSource messages;

	CalendarProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(CalendarException.class)
	ResponseEntity<ProblemDetail> handle(CalendarException ex, Locale locale) {
		return reply(toApi(ex), locale);
	}

	@ExceptionHandler(ApiException.class)
	ResponseEntity<ProblemDetail> handle(ApiException ex, Locale locale) {
		return reply(ex, locale);
	}

	static ApiException toApi(CalendarException ex) {
		if (ex instanceof CalendarRangeException range) {
			return ApiException.ofParameter(ErrorCode.DATE_OUT_OF_RANGE, range.parameter(), range.value());
		}
		if (ex instanceof ArrangementNotFoundException notFound) {
			return ApiException.ofParameter(ErrorCode.ARRANGEMENT_NOT_FOUND, notFound.parameter(), notFound.id());
		}
		if (ex instanceof ArrangementConflictException) {
			return ApiException.ofParameter(ErrorCode.CONFLICT, ex.parameter(), ex.reason())
				.withDetail("calendar.problem.conflict", ex.reason());
		}
		return ApiException.ofParameter(ErrorCode.INVALID_PARAMETER, ex.parameter(), ex.reason())
			.withDetail("calendar.problem.invalid", ex.reason());
	}

	private ResponseEntity<ProblemDetail> reply(ApiException problem, Locale locale) {
		ProblemDetail body = problem.updateAndGetBody(messages, locale);
		return ResponseEntity.status(problem.getStatusCode()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
	}
}
