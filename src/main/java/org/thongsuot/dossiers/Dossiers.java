package org.thongsuot.dossiers;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thongsuot.dossiers.internal.DossierResults;
import org.thongsuot.dossiers.internal.DossierSearch;
import org.thongsuot.dossiers.internal.Processing;
import org.thongsuot.dossiers.internal.Receipts;
import org.thongsuot.identity.CurrentUser;

/**
 * One-stop dossier handling: the entry point for the web layer and other modules. Each change is one
 * transaction (state, history, event); the caller answers only after it has committed.
 */
@Service
public class Dossiers {

	private final Receipts receipts;
	private final Processing processing;
	private final DossierSearch search;
	private final DossierResults results;
	private final org.thongsuot.dossiers.internal.DossierForms forms;
	private final org.thongsuot.dossiers.internal.OwnedDossiers owned;

	Dossiers(Receipts receipts, Processing processing, DossierSearch search, DossierResults results,
			org.thongsuot.dossiers.internal.DossierForms forms, org.thongsuot.dossiers.internal.OwnedDossiers owned) {
		this.owned = owned;
		this.receipts = receipts;
		this.processing = processing;
		this.search = search;
		this.results = results;
		this.forms = forms;
	}

	/**
	 * Receives a dossier: an official at the counter or by post, a citizen online. With an idempotency
	 * key, a retry by the same client returns the first receipt ({@link Receipt#replayed()}).
	 */
	@Transactional
	public Receipt receive(ReceiptRequest request, CurrentUser user, String idempotencyKey) {
		return receipts.receive(request, user, idempotencyKey);
	}

	/**
	 * The dossier, for an official of an agency involved, the citizen who submitted it, or anyone with the
	 * receipt's secret; 404 {@code DOSSIER_NOT_FOUND} for everyone else.
	 */
	@Transactional(readOnly = true)
	public DossierView get(String code, String secret, CurrentUser user) {
		return search.get(code, secret, user);
	}

	/** Applies an action; see {@link DossierAction}. */
	@Transactional
	public DossierView act(String code, DossierAction action, ActionRequest request, CurrentUser user) {
		return processing.act(code, action, request, user);
	}

	/** Dossiers of the official's agencies matching the query, newest first. */
	@Transactional(readOnly = true)
	public List<DossierSummary> search(DossierQuery query, CurrentUser user) {
		return search.search(query, user, false, false);
	}

	/**
	 * A citizen's own dossiers (submitted online from their account), newest first; 403 for officials, who
	 * {@link #search} their agencies' dossiers instead.
	 */
	@Transactional(readOnly = true)
	public List<DossierSummary> mine(CurrentUser user) {
		return owned.of(user);
	}

	/**
	 * The official's work queue filtered by the query, due soonest first: unfinished dossiers unless the
	 * query asks for a status.
	 */
	@Transactional(readOnly = true)
	public List<DossierSummary> queue(DossierQuery query, CurrentUser user) {
		return search.search(query, user, true, query.status() == null);
	}

	/** The official's work queue: unfinished dossiers of their agencies, due soonest first. */
	@Transactional(readOnly = true)
	public List<DossierSummary> queue(CurrentUser user) {
		return search.search(new DossierQuery(null, null, null, null, null, null, 200), user, true, true);
	}

	/**
	 * Form {@code number} (01–06 of Circular 03/2025/TT-VPCP, Appendix I) of the dossier as PDF, for its
	 * readers; {@code platformAddress} (scheme, host, context path) goes into the QR code to the tracking page.
	 */
	@Transactional(readOnly = true)
	public DossierDocument form(String code, String number, String secret, CurrentUser user, String platformAddress) {
		return forms.render(code, number, secret, user, platformAddress);
	}

	/** The newest result document: officials involved; the applicant (account or secret) once returned online. */
	@Transactional(readOnly = true)
	public DossierDocument result(String code, String secret, CurrentUser user) {
		return results.download(code, secret, user);
	}

	/** The results registry: results issued by the agency (or all the official's agencies) in the period. */
	@Transactional(readOnly = true)
	public List<IssuedResult> issuedResults(Long agencyId, java.time.LocalDate from, java.time.LocalDate to,
			CurrentUser user) {
		return results.registry(agencyId, from, to, user);
	}
}
