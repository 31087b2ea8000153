package org.thongsuot.dossiers.internal;

import java.util.List;

import org.springframework.stereotype.Component;
import org.thongsuot.dossiers.DossierQuery;
import org.thongsuot.dossiers.DossierSummary;
import org.thongsuot.dossiers.DossierView;
import org.thongsuot.identity.CurrentUser;
import org.thongsuot.platform.ApiException;
import org.thongsuot.platform.ErrorCode;

/** Reading one dossier and searching an official's agencies' dossiers. */
@Component
public class DossierSearch {

	private final DossierReader reader;
	private final DossierRepository repository;

	DossierSearch(DossierReader reader, DossierRepository repository) {
		this.reader = reader;
		this.repository = repository;
	}

	public DossierView get(String code, String secret, CurrentUser user) {
		DossierRepository.Snapshot dossier = reader.read(code)
				.orElseThrow(() -> ApiException.of(ErrorCode.DOSSIER_NOT_FOUND, String.valueOf(code)));
		if (reader.involved(dossier.row(), user, dossier.steps())) {
			return reader.view(dossier, true);
		}
		if (DossierReader.secretMatches(dossier.row(), secret)) {
			return reader.view(dossier, false);
		}
		throw ApiException.of(ErrorCode.DOSSIER_NOT_FOUND, String.valueOf(code));
	}

	/**
	 * The official's agencies' dossiers matching the query: newest first, or due soonest first; with
	 * {@code openOnly} only those still being handled (the work queue), chosen by the database so that
	 * finished dossiers due earlier never take the places of open ones.
	 */
	public List<DossierSummary> search(DossierQuery q, CurrentUser user, boolean dueFirst, boolean openOnly) {
		if (user.anonymous() || !user.official()) {
			throw ApiException.of(ErrorCode.ACCESS_DENIED);
		}
		int limit = q.limit() == null ? 50 : q.limit();
		if (limit < 1 || limit > 500) {
			throw ApiException.ofParameter(ErrorCode.INVALID_PARAMETER, "limit")
					.withDetail("problem.INVALID_PARAMETER.dossiers.limit", limit, 500);
		}
		if (q.from() != null && q.to() != null && q.to().isBefore(q.from())) {
			throw ApiException.ofParameter(ErrorCode.INVALID_PARAMETER, "to")
					.withDetail("problem.INVALID_PARAMETER.dossiers.period", q.from(), q.to());
		}
		DossierQuery cleaned = new DossierQuery(blank(q.code()), blank(q.applicant()), blank(q.procedureCode()),
				q.status(), q.from(), q.to(), limit);
		return repository.search(cleaned, user.agencies(), user.provinceAdmin(), limit, dueFirst, openOnly,
				reader.nowLocal());
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
