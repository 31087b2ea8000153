package org.thongsuot.dossiers;

/**
 * The answer to a receipt.
 *
 * @param dossier the dossier received
 * @param secret the second factor printed on the receipt: with the code, it lets anyone read the dossier
 * @param replayed whether this is the stored answer to an earlier request with the same idempotency key
 */
public record Receipt(DossierView dossier, String secret, boolean replayed) {

	public Receipt replay() {
		return new Receipt(dossier, secret, true);
	}
}
