package org.thongsuot.reorg.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.thongsuot.reorg.AgencyMove;
import org.thongsuot.reorg.HeldItem;
import org.thongsuot.reorg.SplitRule;

/**
 * Where an item goes, by the plan's rules, in this order: a person's decision for the item; the agency's
 * one successor; for a split unit, the successor its address's old village or street goes to; otherwise
 * nowhere yet (the review queue).
 */
public final class Decider {

	/** Where an item goes. */
	public record Target(long agencyId, String name) {
	}

	private final Map<Long, AgencyMove> moves = new HashMap<>();
	private final Map<String, Map<String, String>> rules = new HashMap<>();
	private final Map<String, Map<String, Long>> decisions;
	private final Map<Long, String> names = new HashMap<>();

	public Decider(List<AgencyMove> agencyMoves, List<SplitRule> splitRules,
			Map<String, Map<String, Long>> decisions) {
		for (AgencyMove m : agencyMoves) {
			moves.put(m.oldAgencyId(), m);
			names.put(m.oldAgencyId(), m.oldAgencyName());
			if (m.successorAgencyId() != null) {
				names.put(m.successorAgencyId(), m.successorName());
			}
			m.candidates().forEach(c -> names.put(c.agencyId(), c.name()));
		}
		for (SplitRule r : splitRules) {
			rules.computeIfAbsent(r.fromLevel() + ":" + r.fromCode(), k -> new HashMap<>())
					.put(Localities.key(r.locality()), r.toCode());
		}
		this.decisions = decisions;
	}

	public java.util.Set<Long> oldAgencies() {
		return moves.keySet();
	}

	public AgencyMove move(long oldAgencyId) {
		return moves.get(oldAgencyId);
	}

	public String name(long agencyId) {
		return names.getOrDefault(agencyId, "#" + agencyId);
	}

	public Optional<Target> decide(String subject, HeldItem item) {
		AgencyMove move = moves.get(item.agencyId());
		if (move == null) {
			return Optional.empty();
		}
		Long decided = decisions.getOrDefault(subject, Map.of()).get(item.key());
		if (decided != null) {
			return Optional.of(new Target(decided, name(decided)));
		}
		if (move.successorAgencyId() != null) {
			return Optional.of(new Target(move.successorAgencyId(), move.successorName()));
		}
		String locality = Localities.key(item.locality());
		if (locality != null) {
			String toCode = rules.getOrDefault(move.unitLevel() + ":" + move.unitCode(), Map.of()).get(locality);
			if (toCode != null) {
				for (AgencyMove.Candidate c : move.candidates()) {
					if (c.unitCode().equals(toCode)) {
						return Optional.of(new Target(c.agencyId(), c.name()));
					}
				}
			}
		}
		return Optional.empty();
	}
}
