package org.thongsuot.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.thongsuot.IntegrationTest;

/** What a unit was formed from: the predecessor look-up. */
@IntegrationTest
class PredecessorsTests {

	static final LocalDate LAST_DAY_BEFORE_REFORM = LocalDate.of(2025, 6, 30);

	@Autowired
	Units units;

	@Test
	void theNewLamDongWasFormedFromLamDongDakNongAndBinhThuan() {
		List<Lineage> predecessors = units.predecessors(null, "68", null, null);

		assertThat(predecessors).extracting(l -> l.unit().code() + " " + l.unit().name())
				.containsExactlyInAnyOrder("68 Lâm Đồng", "67 Đắk Nông", "60 Bình Thuận");
		assertThat(predecessors).extracting(Lineage::relation).containsOnly(Relation.FULL);
		assertThat(predecessors).allSatisfy(l -> assertThat(l.unit().validTo()).isEqualTo(LAST_DAY_BEFORE_REFORM));
	}

	@Test
	void aProvincesPredecessorsAreProvincesNotItsOldDistricts() {
		assertThat(units.predecessors(null, "68", null, LAST_DAY_BEFORE_REFORM))
				.extracting(l -> l.unit().level()).containsOnly(Level.PROVINCE);
	}

	@Test
	void withoutADayTheWalkGoesBackToThePre2025Communes() {
		// Phường Lộc Ninh (2026) ← Xã Lộc Ninh (2025) ← Thị trấn Lộc Ninh, Xã Lộc Thuận, Xã Lộc Thái.
		List<Lineage> predecessors = units.predecessors(null, "25270", LocalDate.of(2026, 5, 1), null);

		assertThat(predecessors).extracting(l -> l.unit().fullName())
				.containsExactlyInAnyOrder("Thị trấn Lộc Ninh", "Xã Lộc Thuận", "Xã Lộc Thái");
		assertThat(predecessors).allSatisfy(l -> {
			assertThat(l.path()).hasSize(2);
			assertThat(l.path().get(1).relation()).isEqualTo(Relation.RETYPED);
		});
	}

	@Test
	void withADayTheWalkStopsAtTheUnitsInForceThatDay() {
		assertThat(units.predecessors(null, "25270", LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 29)))
				.singleElement()
				.satisfies(l -> {
					assertThat(l.unit().fullName()).isEqualTo("Xã Lộc Ninh");
					assertThat(l.relation()).isEqualTo(Relation.RETYPED);
				});
	}

	@Test
	void aSpecialZoneFormedFromAWholeDistrictHasThatDistrictAsPredecessor() {
		assertThat(units.predecessors(null, "11948", null, null)).singleElement().satisfies(l -> {
			assertThat(l.unit().level()).isEqualTo(Level.DISTRICT);
			assertThat(l.unit().fullName()).isEqualTo("Huyện Bạch Long Vĩ");
			assertThat(l.relation()).isEqualTo(Relation.DISTRICT_TO_SPECIAL_ZONE);
		});
	}

	@Test
	void aUnitWithNoRecordedPredecessorResolvesToItself() {
		assertThat(units.predecessors(null, "67", LAST_DAY_BEFORE_REFORM, null)).singleElement().satisfies(l -> {
			assertThat(l.unit().code()).isEqualTo("67");
			assertThat(l.relation()).isEqualTo(Relation.UNCHANGED);
			assertThat(l.path()).isEmpty();
		});
	}
}
