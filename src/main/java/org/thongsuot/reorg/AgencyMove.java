package org.thongsuot.reorg;

import java.util.List;

/**
 * An agency of an old unit and who takes over from it.
 *
 * @param oldAgencyId the agency that ends
 * @param oldAgencyName its name
 * @param unitLevel its unit's level
 * @param unitCode its unit's code
 * @param kind what happens to its unit
 * @param successorAgencyId the agency that takes over everything, or null for a split unit
 * @param successorName its name
 * @param candidates for a split unit: the agencies among which each item's successor is chosen
 * @param handedOver whether the hand-over was announced ({@link AgencySucceeded})
 */
public record AgencyMove(long oldAgencyId, String oldAgencyName, String unitLevel, String unitCode, ChangeKind kind,
		Long successorAgencyId, String successorName, List<Candidate> candidates, boolean handedOver) {

	public AgencyMove {
		candidates = List.copyOf(candidates);
	}

	/** A possible successor of a split unit's agency. */
	public record Candidate(long agencyId, String unitCode, String name) {
	}
}
