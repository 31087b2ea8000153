package org.thongsuot.reorg;

import java.time.LocalDateTime;

/**
 * An item an agency holds, as a participant describes it to the engine.
 *
 * @param id the owning module's id (the engine's cursor)
 * @param key what a person recognizes: a dossier code, "username role"
 * @param agencyId the agency holding it
 * @param locality the old village or street of the address, when known (chooses among a split unit's successors)
 * @param due the deadline that runs, if any (a dossier's appointment)
 * @param detail a short description for reports: status, open step, deadline
 */
public record HeldItem(long id, String key, long agencyId, String locality, LocalDateTime due, String detail) {
}
