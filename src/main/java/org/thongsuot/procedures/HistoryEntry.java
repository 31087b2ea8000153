package org.thongsuot.procedures;

import java.time.Instant;

/**
 * One line of a procedure's append-only history: what happened, to which version, from which state to
 * which, who did it and when.
 */
public record HistoryEntry(long id, String code, Long versionId, Integer version, Action action,
		VersionState fromState, VersionState toState, String actor, Instant at, Long importId, String detail) {

	public enum Action {
		IMPORTED, CHANGED_BY_IMPORT, CONFIGURED, PUBLISHED, SUPERSEDED, WITHDRAWN, DECENTRALIZED, DRAFT_DISCARDED
	}
}
