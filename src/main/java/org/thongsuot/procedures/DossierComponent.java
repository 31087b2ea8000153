package org.thongsuot.procedures;

/**
 * A paper of the dossier.
 *
 * @param section the group it is listed in ("Giấy tờ phải nộp"), or empty
 * @param name what the paper is
 * @param template the form or template to fill in (a file name as published), or empty
 * @param quantity how many and which kind ("1 bản chính"), or empty
 * @param required whether the dossier is incomplete without it
 */
public record DossierComponent(String section, String name, String template, String quantity, boolean required) {

	public DossierComponent {
		section = section == null ? "" : section.strip();
		name = name == null ? "" : name.strip();
		template = template == null ? "" : template.strip();
		quantity = quantity == null ? "" : quantity.strip();
	}
}
