package org.thongsuot.portal;

import java.time.LocalDate;
import java.util.List;

import org.thongsuot.procedures.OnlineLevel;
import org.thongsuot.procedures.ProcedureLevel;

/**
 * A procedure found by a search.
 *
 * @param match how it matched, best first: the exact name, the exact phrase with its diacritics, the
 *     phrase without them, all the words, word prefixes, a fuzzy (trigram) match
 */
public record SearchHit(String code, String name, String field, List<ProcedureLevel> levels, OnlineLevel onlineLevel,
		String processingTime, int version, LocalDate validFrom, Match match) {

	public enum Match {
		EXACT_NAME, EXACT_PHRASE, PHRASE, ALL_WORDS, PREFIX, FUZZY, ANY
	}
}
