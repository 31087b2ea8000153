package org.thongsuot.reorg;

/**
 * One item going from one agency to another.
 *
 * @param id the owning module's id of the item
 * @param key its human key (dossier code)
 * @param from the agency holding it now
 * @param to the agency taking it over
 * @param toName the name of the agency taking it over, for the item's history
 */
public record ItemMove(long id, String key, long from, long to, String toName) {

	/** The same move backwards (a rollback). */
	public ItemMove reversed(String fromName) {
		return new ItemMove(id, key, to, from, fromName);
	}
}
