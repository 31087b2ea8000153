package org.thongsuot.reorg;

/** What a plan does to an old unit. */
public enum ChangeKind {
	/** The whole unit goes into one successor (possibly with others). */
	MERGE,
	/** The unit is divided among several successors: each item needs an address or a person to choose. */
	SPLIT,
	/** Same territory, new name. */
	RENAME,
	/** Same territory, new type (xã to phường, tỉnh to thành phố). */
	RETYPE,
	/** Same unit, carried into the new registry version (its parent changed). */
	UNCHANGED,
	/** A whole level is abolished (the districts on 2025-07-01): its duties go to the successor named. */
	ABOLISH_LEVEL
}
