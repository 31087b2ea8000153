package org.thongsuot.dossiers;

import org.thongsuot.platform.AuditedEvent;

/** Marks the events of the dossiers module; each records a state change of one dossier and is audited. */
public sealed interface DossierEvents extends AuditedEvent permits DossierReceived, DossierStepCompleted,
		DossierSupplementRequested, DossierSupplied, DossierProcessed, DossierResultReturned, DossierWithdrawn,
		DossierPaused, DossierResumed, DossierApologized, DossierResultAttached, DossierResultReady {

	String code();

	String actor();

	@Override
	default String auditSubjectType() {
		return "dossier";
	}

	@Override
	default String auditSubjectId() {
		return code();
	}

	@Override
	default String auditActor() {
		return actor();
	}
}
