package org.thongsuot.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.thongsuot.IntegrationTest;

/** The registry holds the real units: 63/696/10,035 before the reform, 34/3,321 after. */
@IntegrationTest
class UnitCountsTests {

	static final LocalDate LAST_DAY_BEFORE_REFORM = LocalDate.of(2025, 6, 30);
	static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

	@Autowired
	Units units;

	@Test
	void beforeTheReformThereAre63Provinces696DistrictsAnd10035Communes() {
		assertThat(units.list(Level.PROVINCE, null, null, LAST_DAY_BEFORE_REFORM)).hasSize(63);
		assertThat(units.list(Level.DISTRICT, null, null, LAST_DAY_BEFORE_REFORM)).hasSize(696);
		assertThat(units.list(Level.COMMUNE, null, null, LAST_DAY_BEFORE_REFORM)).hasSize(10_035);
	}

	@Test
	void fromTheReformOnThereAre34ProvincesAnd3321CommunesAndNoDistricts() {
		for (LocalDate day : new LocalDate[] { REFORM, units.today() }) {
			assertThat(units.list(Level.PROVINCE, null, null, day)).hasSize(34);
			assertThat(units.list(Level.COMMUNE, null, null, day)).hasSize(3_321);
			assertThat(units.list(Level.DISTRICT, null, null, day)).isEmpty();
		}
	}
}
