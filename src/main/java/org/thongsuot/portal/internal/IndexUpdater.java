package org.thongsuot.portal.internal;

import java.time.Instant;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.thongsuot.procedures.ProcedurePublished;
import org.thongsuot.procedures.ProcedureWithdrawn;
import org.thongsuot.procedures.Procedures;

/**
 * Keeps the search index in step with the catalogue: on each publication or withdrawal, the procedure's
 * rows are rebuilt from its published versions (after the change committed; redelivered after a crash).
 */
@Component
class IndexUpdater {

	private final Procedures procedures;
	private final SearchIndex index;

	IndexUpdater(Procedures procedures, SearchIndex index) {
		this.procedures = procedures;
		this.index = index;
	}

	@ApplicationModuleListener
	void on(ProcedurePublished event) {
		index.replace(event.code(), procedures.publishedVersions(event.code()), Instant.now());
	}

	@ApplicationModuleListener
	void on(ProcedureWithdrawn event) {
		index.replace(event.code(), procedures.publishedVersions(event.code()), Instant.now());
	}
}
