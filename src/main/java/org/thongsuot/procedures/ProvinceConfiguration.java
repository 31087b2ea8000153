package org.thongsuot.procedures;

import java.math.BigDecimal;
import java.util.List;

/**
 * How the province offers a procedure; one configuration serves every commune of the province.
 *
 * @param level the level that carries it out here (province or commune)
 * @param competentAgency the agency that decides (for the commune level: the commune of submission)
 * @param receivingPoints where dossiers are received
 * @param timeValue the processing time the province commits to
 * @param timeUnit working days or working hours
 * @param fees the fees and charges
 * @param components the dossier's papers, required or optional, with their templates
 * @param onlineLevel the online service level, or null when not offered online
 * @param steps the internal process, in order; the shares add up to the processing time
 */
public record ProvinceConfiguration(ProcedureLevel level, AgencyRef competentAgency, List<AgencyRef> receivingPoints,
		BigDecimal timeValue, TimeUnit timeUnit, List<Fee> fees, List<DossierComponent> components,
		OnlineLevel onlineLevel, List<ProcessStep> steps) {

	public ProvinceConfiguration {
		receivingPoints = receivingPoints == null ? List.of() : List.copyOf(receivingPoints);
		fees = fees == null ? List.of() : List.copyOf(fees);
		components = components == null ? List.of() : List.copyOf(components);
		steps = steps == null ? List.of() : List.copyOf(steps);
	}

	public ProcessingTime processingTime() {
		return timeValue == null || timeUnit == null ? null : ProcessingTime.of(timeValue, timeUnit);
	}
}
