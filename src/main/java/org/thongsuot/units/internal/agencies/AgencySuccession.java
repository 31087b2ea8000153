package org.thongsuot.units.internal.agencies;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.thongsuot.units.Agency;
import org.thongsuot.units.AgencyKind;
import org.thongsuot.units.AgencySuccessor;
import org.thongsuot.units.AgencySuccessor.Via;
import org.thongsuot.units.Lineage;
import org.thongsuot.units.Relation;
import org.thongsuot.units.Units;

/**
 * Agencies follow their units: the successor of an agency is the People's Committee of each unit its
 * unit became (all of them, each PARTIAL, for a split commune). An agency still in existence on the
 * day asked for is its own successor.
 */
@Component
public class AgencySuccession {

	private final AgencyRepository agencies;
	private final Units units;

	AgencySuccession(AgencyRepository agencies, Units units) {
		this.agencies = agencies;
		this.units = units;
	}

	/** The successors of the agency on {@code at}, which must not be before the agency's first day. */
	public List<AgencySuccessor> successors(Agency agency, LocalDate at) {
		if (agency.validOn(at)) {
			return List.of(new AgencySuccessor(agency, Relation.UNCHANGED, List.of(), List.of(), Via.SELF));
		}
		LocalDate asOf = agency.someDay(at);
		Via via = agency.kind() == AgencyKind.PEOPLES_COMMITTEE ? Via.SUCCESSOR_UNIT_COMMITTEE
				: Via.SUCCESSOR_UNIT_COMMITTEE_FOR_OTHER_KIND;
		List<AgencySuccessor> successors = new ArrayList<>();
		for (Lineage lineage : units.successors(agency.unit().level(), agency.unit().code(), asOf, at)) {
			Optional<Agency> committee = agencies.committee(lineage.unit().level(), lineage.unit().code(), at);
			committee.ifPresent(c -> successors.add(new AgencySuccessor(c, lineage.relation(), lineage.effectiveDates(),
					lineage.legalBases(), via)));
		}
		return successors;
	}
}
