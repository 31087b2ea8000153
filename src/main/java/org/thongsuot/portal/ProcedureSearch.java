package org.thongsuot.portal;

import java.time.LocalDate;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thongsuot.platform.ApiException;
import org.thongsuot.platform.ErrorCode;
import org.thongsuot.portal.internal.SearchIndex;
import org.thongsuot.procedures.OnlineLevel;
import org.thongsuot.procedures.ProcedureLevel;
import org.thongsuot.procedures.Procedures;

/**
 * Search of the procedures in force: by words (diacritics, case and tone placement ignored; the exact
 * phrase first), or by code, with filters by field, level and online service level, page by page.
 */
@Service
@Transactional(readOnly = true)
public class ProcedureSearch {

	public static final int MAX_QUERY_LENGTH = 200;
	public static final int DEFAULT_SIZE = 20;
	public static final int MAX_SIZE = 100;
	public static final int MAX_PAGE = 1000;

	private final SearchIndex index;
	private final Procedures procedures;

	ProcedureSearch(SearchIndex index, Procedures procedures) {
		this.index = index;
		this.procedures = procedures;
	}

	/**
	 * One page of the procedures in force on {@code at} (default today) matching {@code query} (blank: all,
	 * by name). Bad input is refused with 400 naming the parameter ({@code q}, {@code page}, {@code size}).
	 */
	public SearchPage search(String query, String field, ProcedureLevel level, OnlineLevel online, Integer page,
			Integer size, LocalDate at) {
		String q = query == null ? "" : query.strip();
		if (q.length() > MAX_QUERY_LENGTH) {
			throw ApiException.ofParameter(ErrorCode.INVALID_PARAMETER, "q")
					.withDetail("problem.INVALID_PARAMETER.portal.query", q.length(), MAX_QUERY_LENGTH);
		}
		int p = page == null ? 1 : page;
		if (p < 1 || p > MAX_PAGE) {
			throw ApiException.ofParameter(ErrorCode.INVALID_PARAMETER, "page")
					.withDetail("problem.INVALID_PARAMETER.portal.range", p, 1, MAX_PAGE);
		}
		int s = size == null ? DEFAULT_SIZE : size;
		if (s < 1 || s > MAX_SIZE) {
			throw ApiException.ofParameter(ErrorCode.INVALID_PARAMETER, "size")
					.withDetail("problem.INVALID_PARAMETER.portal.range", s, 1, MAX_SIZE);
		}
		if (field != null && field.length() > MAX_QUERY_LENGTH) {
			throw ApiException.ofParameter(ErrorCode.INVALID_PARAMETER, "field")
					.withDetail("problem.INVALID_PARAMETER.portal.query", field.length(), MAX_QUERY_LENGTH);
		}
		LocalDate day = at == null ? procedures.today() : at;
		return index.search(q, new SearchIndex.Filters(field, level, online), day, p, s);
	}

	/** The fields of the procedures in force today, with their counts, by name. */
	public Map<String, Long> fields() {
		return index.fields(procedures.today());
	}

	/** How many procedures the index holds in force today. */
	public long count() {
		return index.count(procedures.today());
	}
}
