package org.thongsuot.units;

/**
 * One result of a name search.
 *
 * @param rank the position in the result list, from 1
 * @param match how the name matched
 * @param similarity trigram similarity of the folded name to the folded query, 0 to 1
 * @param unit the unit version found
 */
public record UnitSearchHit(int rank, MatchKind match, double similarity, Unit unit) {
}
