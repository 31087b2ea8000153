package org.thongsuot.reorg;

import java.util.List;

/**
 * An item the rules could not place: a split unit's dossier without a known village, an official's grant
 * at a split commune. A person chooses among the candidates.
 */
public record Undecided(String subject, long itemId, String itemKey, long oldAgencyId, String oldAgencyName,
		String detail, List<AgencyMove.Candidate> candidates, Long decidedAgencyId) {

	public Undecided {
		candidates = List.copyOf(candidates);
	}
}
