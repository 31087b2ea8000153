package org.thongsuot.units;

/**
 * How an old unit's territory relates to a unit that succeeded it. Along a path of several changes
 * the relations compose (see {@link #then(Relation)}): one partial hop makes the whole path partial.
 */
public enum Relation {

	/** The same unit, same name and type (also: a code resolving to itself). */
	UNCHANGED,
	/** The whole old unit went into the successor (merged, wholly absorbed). */
	FULL,
	/** Only part of the old unit went into this successor; an address is needed to choose among them. */
	PARTIAL,
	/** The same territory under a new name. */
	RENAMED,
	/** The same territory under a new type (thị trấn to xã, xã to phường, tỉnh to thành phố). */
	RETYPED,
	/** A whole island district became a special zone (đặc khu). */
	DISTRICT_TO_SPECIAL_ZONE;

	/** The relation of a path that goes through this relation and then {@code next}. */
	public Relation then(Relation next) {
		if (this == PARTIAL || next == PARTIAL) {
			return PARTIAL;
		}
		return weight() >= next.weight() ? this : next;
	}

	/** Which relation tells more about a path: a merge says more than a rename, a rename more than nothing. */
	private int weight() {
		return switch (this) {
			case UNCHANGED -> 0;
			case RETYPED -> 1;
			case RENAMED -> 2;
			case FULL, DISTRICT_TO_SPECIAL_ZONE -> 3;
			case PARTIAL -> 4;
		};
	}
}
