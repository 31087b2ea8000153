package org.thongsuot.reorg;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A module that holds things per agency (dossiers, officials' grants) and moves them to the successor
 * agency at a cut-over. The engine calls it; the module reads and writes only its own tables.
 *
 * <p>{@link #move} runs inside the engine's batch transaction, together with the engine's move log and
 * progress, so a crash (kill -9) leaves either the whole batch done and logged or none of it.
 */
public interface CutoverParticipant {

	/** What the items are, lower case and stable: {@code dossier}, {@code grant}. */
	String subject();

	/**
	 * Items still to be handled that the agencies hold, with an id greater than {@code afterId}, in
	 * ascending id order, at most {@code limit}. Reads only.
	 */
	List<HeldItem> held(Collection<Long> agencyIds, long afterId, int limit);

	/**
	 * Moves each item from its {@code from} agency to its {@code to} agency, but only if it is still at
	 * {@code from} (so a repeated or concurrent run changes nothing), recording the move in the item's own
	 * history and publishing the module's event. Returns the moves actually made.
	 */
	List<ItemMove> move(List<ItemMove> moves, String reason, String actor);

	/** How many items to be handled each of the agencies holds now (agencies holding none may be left out). */
	Map<Long, Long> countByAgency(Collection<Long> agencyIds);
}
