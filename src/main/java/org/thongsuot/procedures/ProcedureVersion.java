package org.thongsuot.procedures;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One version of a procedure: the national record it was made from, the province's configuration (if
 * any) and its period of force. A dossier is processed against the version in force on the day it was
 * received.
 *
 * @param id the version's identifier (what a dossier keeps)
 * @param code the procedure's code in the national catalogue ("1.001193")
 * @param version the version's number, 1 for the first
 * @param state draft, published or withdrawn
 * @param validFrom its first day in force (null for a draft)
 * @param validTo the first day it is no longer in force (exclusive; null while open)
 * @param origin what made it
 * @param name the procedure's name
 * @param ministry the ministry that owns it
 * @param field the field ("Hộ tịch")
 * @param nationalLevels the levels the national catalogue gives
 * @param levels the levels it is carried out at here: the configured level, else the national ones
 *     (after any decentralization)
 * @param procedureType the catalogue's type
 * @param decisionNo the decision that announced it
 * @param subjects who may apply
 * @param competentAuthority the authority the catalogue names
 * @param implementingAgency the implementing agency the catalogue names
 * @param receivingAddress the receiving address the catalogue gives, often empty
 * @param detailUrl the procedure's page on the National Public Service Portal
 * @param nationalTime the shortest processing time the catalogue gives
 * @param feeSummary the catalogue's fee summary
 * @param channels the submission channels with time and fee
 * @param steps the steps of the procedure ("trình tự thực hiện"), as paragraphs
 * @param components the dossier's papers as parsed from the catalogue
 * @param legalBasis the legal basis as parsed
 * @param conditions the requirements and conditions, as published
 * @param results what the applicant receives
 * @param raw the catalogue's texts as published
 * @param configuration the province's configuration, or null
 * @param note why this version was made (a decentralization's legal basis, a withdrawal's reason)
 * @param createdAt when it was made
 * @param createdBy who made it
 */
public record ProcedureVersion(long id, String code, int version, VersionState state, LocalDate validFrom,
		LocalDate validTo, VersionOrigin origin, String name, String ministry, String field,
		List<ProcedureLevel> nationalLevels, List<ProcedureLevel> levels, String procedureType, String decisionNo,
		String subjects, String competentAuthority, String implementingAgency, String receivingAddress,
		String detailUrl, ProcessingTime nationalTime, String feeSummary, List<Channel> channels, List<String> steps,
		List<DossierComponent> components, List<LegalDocument> legalBasis, String conditions,
		List<ProcedureResult> results, RawText raw, ProvinceConfiguration configuration, String note,
		Instant createdAt, String createdBy) {

	/**
	 * The catalogue's table-shaped and long texts exactly as published, kept beside what was parsed.
	 */
	public record RawText(String steps, String channels, String components, String legalBasis, String conditions,
			String results) {
	}

	/** The processing time in force: the province's, else the catalogue's. */
	public ProcessingTime processingTime() {
		return configuration != null && configuration.processingTime() != null ? configuration.processingTime()
				: nationalTime;
	}

	/** The dossier's papers: the province's list, else the catalogue's. */
	public List<DossierComponent> effectiveComponents() {
		return configuration != null && !configuration.components().isEmpty() ? configuration.components()
				: components;
	}

	/** The online service level the province offers, or null. */
	public OnlineLevel onlineLevel() {
		return configuration == null ? null : configuration.onlineLevel();
	}

	public boolean configured() {
		return configuration != null;
	}

	/** Whether this version is the one in force on {@code day}. */
	public boolean inForceOn(LocalDate day) {
		return state != VersionState.DRAFT && validFrom != null && !day.isBefore(validFrom)
				&& (validTo == null || day.isBefore(validTo));
	}
}
