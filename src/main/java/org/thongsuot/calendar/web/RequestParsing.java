package org.thongsuot.calendar.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import org.thongsuot.calendar.CalendarRangeException;
import org.thongsuot.platform.ApiException;
import org.thongsuot.platform.ErrorCode;

/**
 * Parses the calendar's query parameters itself, so that an impossible date (2025-02-30) is reported
 * as such, naming the parameter, rather than as a type mismatch or a 500.
 */
final class RequestParsing {

	private RequestParsing() {
	}

	static LocalDate date(String parameter, String text) {
		LocalDate date;
		try {
			date = LocalDate.parse(text.trim());
		}
		catch (DateTimeParseException ex) {
			throw invalid(parameter, text, "calendar.problem.date");
		}
		CalendarRangeException.requireSupported(parameter, date.getYear());
		return date;
	}

	/** A local date-time in the calendar's zone, or an offset date-time converted to it. */
	static LocalDateTime moment(String parameter, String text, ZoneId zone) {
		String trimmed = text.trim();
		LocalDateTime moment;
		try {
			moment = LocalDateTime.parse(trimmed);
		}
		catch (DateTimeParseException local) {
			try {
				moment = OffsetDateTime.parse(trimmed).atZoneSameInstant(zone).toLocalDateTime();
			}
			catch (DateTimeParseException offset) {
				throw invalid(parameter, text, "calendar.problem.dateTime");
			}
		}
		CalendarRangeException.requireSupported(parameter, moment.getYear());
		return moment;
	}

	static ApiException invalid(String parameter, String value, String detailCode) {
		return ApiException.ofParameter(ErrorCode.INVALID_PARAMETER, parameter, value).withDetail(detailCode, value);
	}
}
