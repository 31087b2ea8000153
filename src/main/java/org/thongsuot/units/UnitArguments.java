package org.thongsuot.units;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.thongsuot.platform.ApiException;
import org.thongsuot.platform.ErrorCode;

/**
 * Checks the facade's input and builds its problems. Parameters are named as the REST API names them,
 * so a problem tells a caller exactly which part of the request to fix.
 */
final class UnitArguments {

	private UnitArguments() {
	}

	/** The level asked for, or the one the code's form implies; refuses a malformed code or a mismatch. */
	static Level level(Level asked, String code) {
		Level implied = Level.ofCode(code).orElseThrow(() -> malformedCode("code", code));
		if (asked != null && asked != implied) {
			throw ApiException.ofParameter(ErrorCode.INVALID_PARAMETER, "level")
					.withDetail("problem.INVALID_PARAMETER.units.levelMismatch", asked, code, code.length(), implied);
		}
		return implied;
	}

	/** A filter code of a given level: may be absent, must have the level's form when present. */
	static void code(String parameter, Level level, String code) {
		if (code != null && !level.accepts(code)) {
			throw ApiException.ofParameter(ErrorCode.INVALID_PARAMETER, parameter)
					.withDetail("problem.INVALID_PARAMETER.units.filterCode", String.valueOf(code), level,
							level.codeLength());
		}
	}

	static void order(String earlierName, LocalDate earlier, String laterName, LocalDate later) {
		if (earlier.isAfter(later)) {
			throw ApiException.ofParameter(ErrorCode.INVALID_PARAMETER, earlierName)
					.withDetail("problem.INVALID_PARAMETER.units.dateOrder", earlier, laterName, later);
		}
	}

	/** The query, trimmed: 1 to {@link Units#MAX_QUERY_LENGTH} characters. */
	static String query(String query) {
		String q = query == null ? "" : query.strip();
		if (q.isEmpty() || q.length() > Units.MAX_QUERY_LENGTH) {
			throw ApiException.ofParameter(ErrorCode.INVALID_PARAMETER, "q")
					.withDetail("problem.INVALID_PARAMETER.units.query", q.length(), Units.MAX_QUERY_LENGTH);
		}
		return q;
	}

	static void limit(int limit) {
		if (limit < 1 || limit > Units.MAX_LIMIT) {
			throw ApiException.ofParameter(ErrorCode.INVALID_PARAMETER, "limit")
					.withDetail("problem.INVALID_PARAMETER.units.limit", limit, Units.MAX_LIMIT);
		}
	}

	static ApiException malformedCode(String parameter, String code) {
		return ApiException.ofParameter(ErrorCode.INVALID_PARAMETER, parameter)
				.withDetail("problem.INVALID_PARAMETER.units.code", String.valueOf(code));
	}

	/** 404: nothing with this code on that day; says when the code was valid, if it ever was. */
	static ApiException notFound(Level level, String code, LocalDate day, List<Unit> versions) {
		if (versions.isEmpty()) {
			return neverExisted(level, code);
		}
		String periods = versions.stream().map(UnitArguments::period).collect(Collectors.joining("; "));
		ApiException problem = ApiException.of(ErrorCode.UNIT_NOT_FOUND)
				.withDetail("problem.UNIT_NOT_FOUND.notOn." + level, code, day, periods);
		problem.getBody().setProperty("level", level);
		problem.getBody().setProperty("unitCode", code);
		problem.getBody().setProperty("date", day.toString());
		problem.getBody().setProperty("validPeriods", versions.stream().map(UnitArguments::periodProperty).toList());
		return problem;
	}

	static ApiException neverExisted(Level level, String code) {
		ApiException problem = ApiException.of(ErrorCode.UNIT_NOT_FOUND)
				.withDetail("problem.UNIT_NOT_FOUND.never." + level, code);
		problem.getBody().setProperty("level", level);
		problem.getBody().setProperty("unitCode", code);
		return problem;
	}

	/** {validFrom, validTo, fullName}, leaving out an open end. */
	private static Map<String, String> periodProperty(Unit version) {
		Map<String, String> period = new LinkedHashMap<>();
		if (version.validFrom() != null) {
			period.put("validFrom", version.validFrom().toString());
		}
		if (version.validTo() != null) {
			period.put("validTo", version.validTo().toString());
		}
		period.put("fullName", version.fullName());
		return period;
	}

	/** A version's validity as ISO dates, open ends shown as "…": language-neutral, so no message key. */
	private static String period(Unit version) {
		String from = version.validFrom() == null ? "…" : version.validFrom().toString();
		String to = version.validTo() == null ? "…" : version.validTo().toString();
		return from + " – " + to + " (" + version.fullName() + ")";
	}
}
