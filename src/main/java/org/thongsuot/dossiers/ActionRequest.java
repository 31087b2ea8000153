package org.thongsuot.dossiers;

import java.util.List;

/**
 * An action on a dossier.
 *
 * @param version the dossier's version the actor saw (a stale one is refused: a double click does nothing twice)
 * @param note the reason or remark (required to request a supplement, refuse, decline, withdraw, suspend,
 *        request a financial obligation or apologize)
 * @param files papers supplied with {@link DossierAction#SUPPLY}; the result document with
 *        {@link DossierAction#ATTACH_RESULT} or {@link DossierAction#APPROVE}
 * @param returnMethod how the result is handed over with {@link DossierAction#RETURN_RESULT} (default counter)
 * @param extensionDays the working days the appointment moves with {@link DossierAction#APOLOGIZE}
 */
public record ActionRequest(Integer version, String note, List<ComponentFile> files, ReturnMethod returnMethod,
		Integer extensionDays) {

	public ActionRequest {
		files = files == null ? List.of() : List.copyOf(files);
	}

	public ActionRequest(Integer version, String note, List<ComponentFile> files) {
		this(version, note, files, null, null);
	}
}
