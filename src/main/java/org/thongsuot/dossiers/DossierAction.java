package org.thongsuot.dossiers;

import java.util.Locale;
import java.util.Optional;

/** What an official (or, for {@link #SUPPLY}, the applicant) does to a dossier; the path segment is {@link #slug()}. */
public enum DossierAction {
	/** The receiving officer accepts an online submission: the clock starts. */
	ACCEPT,
	/** The receiving officer declines an online submission. */
	DECLINE,
	/** The current step is done: on to the next step. */
	FORWARD,
	/** Back to the previous step. */
	RETURN,
	/** The applicant must supply papers: the clock stops. */
	REQUEST_SUPPLEMENT,
	/** The papers were supplied: the clock runs again. */
	SUPPLY,
	/** Processing stops with a refusal. */
	REFUSE,
	/** The last step approves: the result is ready. */
	APPROVE,
	/** The result (or the refusal) is handed to the applicant: at the counter, by post or online. */
	RETURN_RESULT,
	/** The applicant withdraws the dossier (rút hồ sơ): processing ends without a result. */
	WITHDRAW,
	/** Processing is suspended with a reason: the clock stops. */
	SUSPEND,
	/** A suspended dossier is processed again: the clock runs and the appointment moves. */
	RESUME,
	/** The applicant must pay fees, charges or taxes first: the clock stops. */
	REQUEST_FINANCIAL_OBLIGATION,
	/** The financial obligation was met: the clock runs again. */
	FULFIL_FINANCIAL_OBLIGATION,
	/** A late dossier: apology to the applicant and a new appointment (form 04). */
	APOLOGIZE,
	/** The result document (signed PDF or scanned image) is attached. */
	ATTACH_RESULT,
	/** The result is ready to be handed over. */
	MARK_READY,
	/**
	 * The handling agency changed at a reorganization (module reorg): not an official's action, so no path
	 * segment names it.
	 */
	TRANSFER;

	public String slug() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public static Optional<DossierAction> ofSlug(String slug) {
		for (DossierAction action : values()) {
			if (action != TRANSFER && action.slug().equalsIgnoreCase(slug)) {
				return Optional.of(action);
			}
		}
		return Optional.empty();
	}
}
