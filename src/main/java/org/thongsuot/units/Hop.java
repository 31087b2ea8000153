package org.thongsuot.units;

import java.time.LocalDate;

/**
 * One recorded change between two unit versions, as the official conversion tables state it.
 *
 * @param from the version that ended
 * @param to the version that received (part of) its territory
 * @param relation how {@code from} relates to {@code to}
 * @param effectiveDate the day {@code to} took over (the day after {@code from} ended)
 * @param legalBasis the act that decided the change, when recorded
 * @param note the note of the source table (e.g. "Nhập một phần diện tích"), when any
 */
public record Hop(Unit from, Unit to, Relation relation, LocalDate effectiveDate, String legalBasis, String note) {
}
