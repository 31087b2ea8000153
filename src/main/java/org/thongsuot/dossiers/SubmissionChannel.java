package org.thongsuot.dossiers;

/** How a dossier reached the agency. */
public enum SubmissionChannel {
	/** Through the public service portal. */
	ONLINE,
	/** At the one-stop counter. */
	COUNTER,
	/** By public postal service. */
	POST
}
