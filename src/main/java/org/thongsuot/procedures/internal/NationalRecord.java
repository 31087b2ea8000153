package org.thongsuot.procedures.internal;

import java.util.List;

import org.thongsuot.procedures.Channel;
import org.thongsuot.procedures.DossierComponent;
import org.thongsuot.procedures.LegalDocument;
import org.thongsuot.procedures.ProcedureLevel;
import org.thongsuot.procedures.ProcedureResult;
import org.thongsuot.procedures.ProcedureVersion.RawText;
import org.thongsuot.procedures.ProcessingTime;

/** One procedure as the national catalogue's files give it, parsed, with its raw texts and a content hash. */
record NationalRecord(String code, String name, String ministry, String field, List<ProcedureLevel> levels,
		String procedureType, String decisionNo, String subjects, String competentAuthority,
		String implementingAgency, String receivingAddress, String detailUrl, ProcessingTime time, String feeSummary,
		String conditions, Parsed parsed, RawText raw, String hash, long line) {

	/** What was parsed out of the flattened texts; stored as JSON beside the raw text. */
	record Parsed(List<Channel> channels, List<String> steps, List<DossierComponent> components,
			List<LegalDocument> legalBasis, List<ProcedureResult> results) {
	}
}
