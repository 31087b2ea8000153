package org.thongsuot.dossiers;

/** Marks the events of the dossiers module. */
public sealed interface DossierEvents permits DossierReceived, DossierStepCompleted, DossierSupplementRequested,
		DossierSupplied, DossierProcessed, DossierResultReturned, DossierTransferred {

	String code();
}
