package org.thongsuot.dossiers;

import org.springframework.stereotype.Component;
import org.thongsuot.identity.Officials;
import org.thongsuot.procedures.Procedures;
import org.thongsuot.units.Agencies;

/**
 * The {@link DossierFixture} as a bean of the shared test context, so a test asks for one field instead
 * of the three modules the fixture is built with.
 */
@Component
public class DossierFixtures {

	private final Procedures procedures;
	private final Agencies agencies;
	private final Officials officials;

	DossierFixtures(Procedures procedures, Agencies agencies, Officials officials) {
		this.procedures = procedures;
		this.agencies = agencies;
		this.officials = officials;
	}

	/** The fixture, set up on first use. */
	public DossierFixture get() {
		return DossierFixture.get(procedures, agencies, officials);
	}
}
