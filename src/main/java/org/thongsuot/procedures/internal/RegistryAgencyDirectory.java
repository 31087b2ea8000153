package org.thongsuot.procedures.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.thongsuot.platform.ApiException;
import org.thongsuot.platform.ErrorCode;
import org.thongsuot.units.Agencies;
import org.thongsuot.units.Agency;
import org.thongsuot.units.AgencyCode;
import org.thongsuot.units.Level;

/**
 * The agencies a configuration may name, from the units module's registry: the agencies of the
 * province itself (its People's Committee, departments, its Public Administration Centre), in existence
 * on the day asked.
 */
@Component
class RegistryAgencyDirectory implements AgencyDirectory {

	private final Agencies agencies;
	private final ProceduresProperties properties;
	private final TransactionTemplate separately;

	RegistryAgencyDirectory(Agencies agencies, ProceduresProperties properties, PlatformTransactionManager transactions) {
		this.agencies = agencies;
		this.properties = properties;
		this.separately = new TransactionTemplate(transactions);
		this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.separately.setReadOnly(true);
	}

	@Override
	public Optional<Entry> find(long id, LocalDate day) {
		// The registry answers an unknown id with a 404 exception; asked inside the caller's transaction it
		// would mark that transaction rollback-only, so it is asked in a transaction of its own.
		try {
			return Optional.of(entry(separately.execute(status -> agencies.get(id)), day));
		}
		catch (ApiException e) {
			if (e.code() == ErrorCode.AGENCY_NOT_FOUND) {
				return Optional.empty();
			}
			throw e;
		}
	}

	@Override
	public Optional<Entry> findByCode(String code, LocalDate day) {
		String value = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
		if (AgencyCode.check(value).isPresent()) {
			return Optional.empty();
		}
		return agencies.find(AgencyCode.of(value), day).map(agency -> entry(agency, day));
	}

	@Override
	public List<Entry> provinceAgencies(LocalDate day) {
		return agencies.list(properties.provinceCode(), Level.PROVINCE, day, null, null, Agencies.MAX_LIMIT).stream()
				.map(agency -> entry(agency, day)).toList();
	}

	private Entry entry(Agency agency, LocalDate day) {
		boolean inProvince = agency.unit() != null && agency.unit().level() == Level.PROVINCE
				&& properties.provinceCode().equals(agency.unit().code());
		return new Entry(agency.id(), agency.code() == null ? null : agency.code().value(), agency.name(), inProvince,
				agency.validOn(day));
	}
}
