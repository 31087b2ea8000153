package org.thongsuot.units;

/** How a search hit matched the query, best first; hits are ranked in this order. */
public enum MatchKind {

	/** The whole name (or full name with its type) equals the query, diacritics included (tone-mark placement ignored). */
	EXACT,
	/** The whole name equals the query once diacritics and case are ignored. */
	EXACT_IGNORING_DIACRITICS,
	/** The name starts with the query (diacritics and case ignored). */
	PREFIX,
	/** The name resembles the query (trigram similarity). */
	FUZZY
}
