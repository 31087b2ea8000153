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
	/** The result (or the refusal) is handed to the applicant. */
	RETURN_RESULT,
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
