package org.thongsuot.dossiers.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.thongsuot.dossiers.DossierDocument;
import org.thongsuot.dossiers.DossierView;
import org.thongsuot.dossiers.IssuedResult;
import org.thongsuot.identity.CurrentUser;
import org.thongsuot.platform.ApiException;
import org.thongsuot.platform.ErrorCode;

/**
 * Result documents: download, and the results registry (sổ theo dõi kết quả) of an agency. Officials of
 * the agencies involved may always download the result; the citizen who submitted the dossier and the
 * holder of the receipt's secret only once it was returned online. Everyone else: 404, as for the dossier.
 */
@Component
public class DossierResults {

	private static final int REGISTRY_LIMIT = 2000;

	private final DossierReader reader;
	private final DossierRepository repository;
	private final DossierFiles files;

	DossierResults(DossierReader reader, DossierRepository repository, DossierFiles files) {
		this.reader = reader;
		this.repository = repository;
		this.files = files;
	}

	public DossierDocument download(String code, String secret, CurrentUser user) {
		DossierRepository.Row row = reader.find(code)
				.orElseThrow(() -> ApiException.of(ErrorCode.DOSSIER_NOT_FOUND, String.valueOf(code)));
		boolean official = user.official() && reader.involved(row, user);
		boolean applicant = (user.citizen() && reader.involved(row, user)) || DossierReader.secretMatches(row, secret);
		if (!official && !applicant) {
			throw ApiException.of(ErrorCode.DOSSIER_NOT_FOUND, String.valueOf(code));
		}
		List<DossierView.FileInfo> results = repository.results(row.id());
		if (results.isEmpty() || (!official && !DossierReader.onlineResult(row, repository.resultState(row.id())))) {
			throw ApiException.of(ErrorCode.DOSSIER_RESULT_NOT_FOUND, row.code());
		}
		DossierView.FileInfo last = results.get(results.size() - 1);
		return new DossierDocument(last.fileName(), last.contentType(), files.read(last.sha256()));
	}

	/**
	 * The results issued (approved) by the agency in the period of local days, for its officials; without an
	 * agency, those of all the official's agencies.
	 */
	public List<IssuedResult> registry(Long agencyId, LocalDate from, LocalDate to, CurrentUser user) {
		if (user.anonymous() || !user.official()) {
			throw ApiException.of(ErrorCode.ACCESS_DENIED);
		}
		if (from == null) {
			throw ApiException.ofParameter(ErrorCode.MISSING_PARAMETER, "from", "date");
		}
		if (to == null) {
			throw ApiException.ofParameter(ErrorCode.MISSING_PARAMETER, "to", "date");
		}
		if (to.isBefore(from)) {
			throw ApiException.ofParameter(ErrorCode.INVALID_PARAMETER, "to")
					.withDetail("problem.INVALID_PARAMETER.dossiers.period", from, to);
		}
		if (agencyId != null) {
			if (!user.worksFor(agencyId)) {
				throw ApiException.of(ErrorCode.ACCESS_DENIED);
			}
			return repository.issuedResults(Set.of(agencyId), false, from, to, REGISTRY_LIMIT);
		}
		return repository.issuedResults(user.agencies(), user.provinceAdmin(), from, to, REGISTRY_LIMIT);
	}
}
