package org.thongsuot.units.internal;

import java.time.LocalDate;

import org.thongsuot.units.Relation;

/** A lineage edge as the loader builds it: which file it comes from is kept with it. */
record LineageEdge(long fromId, long toId, Relation relation, LocalDate effectiveDate, String legalBasis,
		String note, String source) {

	LineageEdge with(Relation newRelation, String newNote) {
		return new LineageEdge(fromId, toId, newRelation, effectiveDate, legalBasis, newNote, source);
	}
}
