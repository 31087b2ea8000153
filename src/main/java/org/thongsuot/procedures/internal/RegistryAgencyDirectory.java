package org.thongsuot.procedures.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

/** Interim: the agency registry has not landed yet; no agency is known. Replaced by the Agencies facade. */
@Component
class RegistryAgencyDirectory implements AgencyDirectory {

	@Override
	public Optional<Entry> find(long id, LocalDate day) {
		return Optional.empty();
	}

	@Override
	public List<Entry> provinceAgencies(LocalDate day) {
		return List.of();
	}
}
