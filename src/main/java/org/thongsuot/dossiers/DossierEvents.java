package org.thongsuot.dossiers;

import org.thongsuot.platform.AuditedEvent;

/** Marks the events of the dossiers module; each records a state change of one dossier and is audited under its code. */
public sealed interface DossierEvents extends AuditedEvent permits DossierReceived, DossierStepCompleted,
		DossierSupplementRequested, DossierSupplied, DossierProcessed, DossierResultReturned, DossierWithdrawn,
		DossierPaused, DossierResumed, DossierApologized, DossierResultAttached, DossierResultReady,
		DossierTransferred, DossierStepTransferred, DossierSubmitted {

	String code();

	/** Who made the change: an official's or citizen's username. */
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
