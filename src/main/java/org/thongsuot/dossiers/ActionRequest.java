package org.thongsuot.dossiers;

import java.util.List;

/**
 * An action on a dossier.
 *
 * @param version the dossier's version the actor saw (a stale one is refused: a double click does nothing twice)
 * @param note the reason or remark (required to request a supplement, refuse or decline)
 * @param files papers supplied with {@link DossierAction#SUPPLY}
 */
public record ActionRequest(Integer version, String note, List<ComponentFile> files) {

	public ActionRequest {
		files = files == null ? List.of() : List.copyOf(files);
	}
}
