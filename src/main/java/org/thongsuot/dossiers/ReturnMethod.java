package org.thongsuot.dossiers;

/** How a result is handed to the applicant. */
public enum ReturnMethod {
	/** At the one-stop counter. */
	COUNTER,
	/** By public postal service. */
	POST,
	/** Online: the owner's account or the receipt's secret downloads the result document. */
	ONLINE
}
