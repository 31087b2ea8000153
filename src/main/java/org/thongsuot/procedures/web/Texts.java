package org.thongsuot.procedures.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thongsuot.platform.ApiException;
import org.thongsuot.platform.ErrorCode;
import org.thongsuot.procedures.Rejection;
import org.thongsuot.procedures.Violation;

/** Rejections, violations and problems in the reader's language, for pages and for problem details. */
@Component
class Texts {

	private final MessageSource messages;

	Texts(MessageSource messages) {
		this.messages = messages;
	}

	String rejection(Rejection r, Locale locale) {
		String reason = messages.getMessage(r.reason().messageKey(), new Object[] { r.field(), r.value() }, locale);
		return messages.getMessage("procedures.reject.line",
				new Object[] { r.file(), r.line(), r.code() == null ? "" : " (" + r.code() + ")", r.field(), reason }, locale);
	}

	String violation(Violation v, Locale locale) {
		return messages.getMessage(v.rule().messageKey(), v.argumentArray(), locale);
	}

	String problem(ApiException e, Locale locale) {
		return e.updateAndGetBody(messages, locale).getDetail();
	}

	/** A 422 problem listing every rejected row, nothing saved. */
	ApiException refused(ErrorCode code, List<Rejection> rejections, Locale locale) {
		ApiException problem = ApiException.of(code, rejections.size(), rejection(rejections.get(0), locale));
		problem.getBody().setProperty("errors", rejections.stream().map(r -> Map.of("file", r.file(), "line", r.line(),
				"code", r.code() == null ? "" : r.code(), "field", r.field(), "reason", r.reason().name(), "message",
				rejection(r, locale))).toList());
		return problem;
	}

	/** A 422 problem for a refused configuration, every violation translated. */
	ApiException refused(List<Violation> violations, Locale locale) {
		ApiException problem = Violation.problem(violations);
		problem.getBody().setProperty("errors", violations.stream().map(v -> Map.of("field", v.field(), "rule",
				v.rule().name(), "message", violation(v, locale))).toList());
		return problem;
	}
}
