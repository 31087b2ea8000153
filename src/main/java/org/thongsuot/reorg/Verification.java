package org.thongsuot.reorg;

import java.util.List;

/**
 * The report at the end of a run: per subject and agency, how many items there were before and after,
 * how many moved out and in, how many were left undecided, and whether every item is accounted for.
 *
 * @param lost items held by an old agency before the run that neither moved nor stayed (must be 0)
 * @param duplicated items moved twice in this plan, or present twice (must be 0)
 * @param consistent no item lost or duplicated
 */
public record Verification(RunView run, Plan plan, List<Row> rows, long moved, long undecided, long lost,
		long duplicated, boolean consistent, List<Undecided> undecidedItems) {

	public Verification {
		rows = List.copyOf(rows);
		undecidedItems = List.copyOf(undecidedItems);
	}

	/**
	 * One agency's numbers. For an old agency: {@code before = movedOut + after}, and {@code after} are the
	 * undecided items (or, for a rollback, those moved back). For a new one: {@code after = before + movedIn +
	 * arrivedMeanwhile} (items received while the run went on).
	 */
	public record Row(String subject, long agencyId, String agencyName, String side, long before, long after,
			long movedOut, long movedIn, boolean accounted) {
	}
}
