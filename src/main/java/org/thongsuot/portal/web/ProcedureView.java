package org.thongsuot.portal.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.thongsuot.procedures.AgencyRef;
import org.thongsuot.procedures.Channel;
import org.thongsuot.procedures.DossierComponent;
import org.thongsuot.procedures.Fee;
import org.thongsuot.procedures.LegalDocument;
import org.thongsuot.procedures.OnlineLevel;
import org.thongsuot.procedures.ProcedureLevel;
import org.thongsuot.procedures.ProcedureResult;
import org.thongsuot.procedures.ProcedureVersion;
import org.thongsuot.procedures.ProcessingTime;
import org.thongsuot.procedures.TimeUnit;
import org.thongsuot.procedures.VersionState;

/** A procedure as the public API shows it: the version in force on the day asked, what an applicant needs. */
record ProcedureView(String code, String name, int version, VersionState state, LocalDate validFrom,
		LocalDate validTo, String field, String ministry, List<ProcedureLevel> levels, String procedureType,
		String decisionNo, String subjects, Time processingTime, OnlineLevel onlineLevel, String competentAgency,
		List<String> receivingPoints, String receivingAddress, List<Fee> fees, String feeSummary,
		List<Channel> channels, List<String> steps, List<DossierComponent> components, List<LegalDocument> legalBasis,
		String conditions, List<ProcedureResult> results, boolean configured, String source,
		ProcedureVersion.RawText raw) {

	/** A processing time; {@code parsed} false when the catalogue's text could not be read as a number and unit. */
	record Time(BigDecimal value, TimeUnit unit, String text, boolean parsed) {
		static Time of(ProcessingTime t) {
			return t == null ? null : new Time(t.value(), t.unit(), t.text(), t.parsed());
		}
	}

	static ProcedureView of(ProcedureVersion v, String communeOfSubmission) {
		var c = v.configuration();
		String competent = c == null ? v.competentAuthority() : name(c.competentAgency(), communeOfSubmission);
		List<String> points = c == null ? List.of() : c.receivingPoints().stream().map(r -> name(r, communeOfSubmission))
				.toList();
		return new ProcedureView(v.code(), v.name(), v.version(), v.state(), v.validFrom(), v.validTo(), v.field(),
				v.ministry(), v.levels(), v.procedureType(), v.decisionNo(), v.subjects(), Time.of(v.processingTime()),
				v.onlineLevel(), competent, points, v.receivingAddress(), c == null ? List.of() : c.fees(), v.feeSummary(),
				v.channels(), v.steps(), v.effectiveComponents(), v.legalBasis(), v.conditions(), v.results(),
				c != null, v.detailUrl(), v.raw());
	}

	static String name(AgencyRef ref, String communeOfSubmission) {
		return ref == null ? "" : ref.communeOfSubmission() ? communeOfSubmission : ref.name();
	}
}
