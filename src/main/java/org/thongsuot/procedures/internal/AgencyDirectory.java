package org.thongsuot.procedures.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The agencies a configuration may name, as the procedures module sees them (backed by the units
 * module's {@code Agencies} facade).
 */
public interface AgencyDirectory {

	/** An agency: its id, code (or null), name, and whether it is the province's and exists on the day asked. */
	record Entry(long id, String code, String name, boolean inProvince, boolean inForce) {
	}

	/** The agency with this id as it stands on {@code day}, if the registry knows it. */
	Optional<Entry> find(long id, LocalDate day);

	/** The agency an electronic identification code denotes on {@code day}, if the code is valid and known. */
	Optional<Entry> findByCode(String code, LocalDate day);

	/** The province's agencies in existence on {@code day}, for the configuration form, by name. */
	List<Entry> provinceAgencies(LocalDate day);
}
