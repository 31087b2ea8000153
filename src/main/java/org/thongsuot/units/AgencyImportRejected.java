package org.thongsuot.units;

import java.util.List;

/**
 * A code list refused as a whole: nothing of it was saved. Carries every error found, so the person
 * can fix the file in one go. The web layer reports it as the problem {@code AGENCY_IMPORT_REJECTED}.
 */
public class AgencyImportRejected extends RuntimeException {

	private final transient List<AgencyImportError> errors;

	public AgencyImportRejected(List<AgencyImportError> errors) {
		super(errors.size() + " error(s) in the agency code list; nothing was imported");
		this.errors = List.copyOf(errors);
	}

	public List<AgencyImportError> errors() {
		return errors;
	}
}
