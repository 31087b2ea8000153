package org.thongsuot.procedures;

/**
 * An agency a configuration names: one agency of the registry (its id, code and name as they were when
 * the configuration was saved), or, for procedures carried out by every commune, "the commune where the
 * dossier is submitted" (its People's Committee or one-stop desk), so that one configuration serves all
 * communes.
 *
 * @param agencyId the registry's id; null with a null code for the commune of submission
 * @param code the electronic identification code, if the agency has one (an API client may name an agency
 *     by its code alone)
 * @param name the name, for display
 */
public record AgencyRef(Long agencyId, String code, String name) {

	public static final AgencyRef COMMUNE_OF_SUBMISSION = new AgencyRef(null, null, null);

	public boolean communeOfSubmission() {
		return agencyId == null && (code == null || code.isBlank());
	}
}
