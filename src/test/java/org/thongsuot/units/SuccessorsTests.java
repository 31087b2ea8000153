package org.thongsuot.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.thongsuot.IntegrationTest;
import org.thongsuot.platform.ApiException;
import org.thongsuot.platform.ErrorCode;

/** What a unit became: the successor look-up, on the real 2025 reorganization and the 2026 changes. */
@IntegrationTest
class SuccessorsTests {

	static final LocalDate LAST_DAY_BEFORE_REFORM = LocalDate.of(2025, 6, 30);
	static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
	static final LocalDate DONG_NAI_CHANGE = LocalDate.of(2026, 4, 30);

	@Autowired
	Units units;

	@Test
	void oldYenBaiProvince15BecameTheNewLaoCaiWhichKeptCode15() {
		List<Lineage> successors = units.successors(null, "15", LAST_DAY_BEFORE_REFORM, REFORM);

		assertThat(successors).singleElement().satisfies(lineage -> {
			assertThat(lineage.unit().code()).isEqualTo("15");
			assertThat(lineage.unit().name()).isEqualTo("Lào Cai");
			assertThat(lineage.relation()).isEqualTo(Relation.FULL);
			assertThat(lineage.effectiveDates()).containsExactly(REFORM);
			assertThat(lineage.legalBases()).containsExactly("Nghị quyết 202/2025/QH15");
			assertThat(lineage.path()).singleElement()
					.satisfies(hop -> assertThat(hop.from().name()).isEqualTo("Yên Bái"));
		});
	}

	@Test
	void oldDakNong67BecameTheNewLamDong68() {
		assertThat(units.successors(Level.PROVINCE, "67", LAST_DAY_BEFORE_REFORM, null))
				.singleElement()
				.satisfies(lineage -> {
					assertThat(lineage.unit().code()).isEqualTo("68");
					assertThat(lineage.unit().fullName()).isEqualTo("Tỉnh Lâm Đồng");
					assertThat(lineage.relation()).isEqualTo(Relation.FULL);
				});
	}

	@Test
	void anOldLamDongWardMergedWhollyIntoOneNewWard() {
		// Phường 8, Đà Lạt (24772) went wholly into Phường Lâm Viên - Đà Lạt (24778).
		assertThat(units.successors(null, "24772", LAST_DAY_BEFORE_REFORM, REFORM))
				.singleElement()
				.satisfies(lineage -> {
					assertThat(lineage.unit().code()).isEqualTo("24778");
					assertThat(lineage.unit().fullName()).isEqualTo("Phường Lâm Viên - Đà Lạt");
					assertThat(lineage.unit().provinceCode()).isEqualTo("68");
					assertThat(lineage.relation()).isEqualTo(Relation.FULL);
				});
	}

	@Test
	void aSplitCommuneLeadsToAllItsSuccessorsEachPartial() {
		// Xã Phong Phú (Bình Thuận) was divided between Xã Phan Rí Cửa and Xã Tuy Phong.
		List<Lineage> successors = units.successors(null, "22978", LAST_DAY_BEFORE_REFORM, null);

		assertThat(successors).extracting(l -> l.unit().code()).containsExactlyInAnyOrder("22972", "22978");
		assertThat(successors).extracting(Lineage::relation).containsOnly(Relation.PARTIAL);
	}

	@Test
	void aCommuneWhoseAreaWentWhollyToOneWardButPopulationToOthersIsSplit() {
		// The table marks Xã Kỳ Lợi FULL towards Vũng Áng (all its area) and PARTIAL towards two others
		// (part of its population): an address alone cannot pick one, so each successor is partial.
		assertThat(units.successors(null, "18796", LAST_DAY_BEFORE_REFORM, null))
				.hasSize(3)
				.extracting(Lineage::relation).containsOnly(Relation.PARTIAL);
	}

	@Test
	void aDongNaiCommuneRetypedOn20260430IsAWardAfterThatDayAndACommuneBefore() {
		assertThat(units.successors(null, "25270", REFORM, LocalDate.of(2026, 5, 1))).singleElement()
				.satisfies(lineage -> {
					assertThat(lineage.unit().fullName()).isEqualTo("Phường Lộc Ninh");
					assertThat(lineage.unit().typeCode()).isEqualTo("PHUONG");
					assertThat(lineage.unit().validFrom()).isEqualTo(DONG_NAI_CHANGE);
					assertThat(lineage.relation()).isEqualTo(Relation.RETYPED);
					assertThat(lineage.effectiveDates()).containsExactly(DONG_NAI_CHANGE);
					assertThat(lineage.legalBases().get(0)).startsWith("Nghị quyết 237/NQ-UBTVQH16");
				});
		assertThat(units.successors(null, "25270", REFORM, LocalDate.of(2026, 4, 1))).singleElement()
				.satisfies(lineage -> {
					assertThat(lineage.unit().fullName()).isEqualTo("Xã Lộc Ninh");
					assertThat(lineage.relation()).isEqualTo(Relation.UNCHANGED);
					assertThat(lineage.path()).isEmpty();
				});
	}

	@Test
	void anOldCommuneMergedIntoLocNinhFollowsItThroughBothChanges() {
		// Xã Lộc Thuận (25288) merged into Xã Lộc Ninh on 2025-07-01, which became a ward on 2026-04-30.
		assertThat(units.successors(null, "25288", LAST_DAY_BEFORE_REFORM, LocalDate.of(2026, 5, 1))).singleElement()
				.satisfies(lineage -> {
					assertThat(lineage.unit().fullName()).isEqualTo("Phường Lộc Ninh");
					assertThat(lineage.relation()).isEqualTo(Relation.FULL);
					assertThat(lineage.effectiveDates()).containsExactly(REFORM, DONG_NAI_CHANGE);
					assertThat(lineage.path()).extracting(Hop::relation).containsExactly(Relation.FULL, Relation.RETYPED);
				});
		assertThat(units.successors(null, "25288", LAST_DAY_BEFORE_REFORM, LocalDate.of(2026, 4, 1))).singleElement()
				.satisfies(lineage -> assertThat(lineage.unit().fullName()).isEqualTo("Xã Lộc Ninh"));
	}

	@Test
	void anAbolishedDistrictLeadsToTheCommunesThatReceivedItsTerritoryAndToItsProvince() {
		List<Lineage> successors = units.successors(null, "001", LAST_DAY_BEFORE_REFORM, REFORM);

		assertThat(successors).filteredOn(l -> l.unit().level() == Level.COMMUNE)
				.extracting(l -> l.unit().code())
				.containsExactlyInAnyOrder("00004", "00008", "00025", "00070", "00097", "00190", "00199", "00226");
		assertThat(successors).filteredOn(l -> l.unit().level() == Level.COMMUNE)
				.extracting(Lineage::relation).containsOnly(Relation.PARTIAL);
		assertThat(successors).filteredOn(l -> l.unit().level() == Level.PROVINCE).singleElement()
				.satisfies(l -> {
					assertThat(l.unit().code()).isEqualTo("01");
					assertThat(l.relation()).isEqualTo(Relation.FULL);
				});
	}

	@Test
	void anIslandDistrictBecameASpecialZone() {
		assertThat(units.successors(null, "318", LAST_DAY_BEFORE_REFORM, REFORM))
				.filteredOn(l -> l.unit().level() == Level.COMMUNE).singleElement()
				.satisfies(l -> {
					assertThat(l.unit().fullName()).isEqualTo("Đặc khu Bạch Long Vĩ");
					assertThat(l.relation()).isEqualTo(Relation.DISTRICT_TO_SPECIAL_ZONE);
				});
	}

	@Test
	void aCodeValidOnTheLaterDayResolvesToItself() {
		assertThat(units.successors(null, "68", null, null)).singleElement().satisfies(lineage -> {
			assertThat(lineage.unit().code()).isEqualTo("68");
			assertThat(lineage.unit().validOn(units.today())).isTrue();
			assertThat(lineage.relation()).isEqualTo(Relation.UNCHANGED);
			assertThat(lineage.path()).isEmpty();
			assertThat(lineage.effectiveDates()).isEmpty();
		});
	}

	@Test
	void aCodeNotValidOnTheDayAskedIsNotFoundAndTheProblemSaysWhenItWasValid() {
		// Đắk Nông's code 67 has denoted nothing since 2025-07-01; today is the default day.
		assertThatThrownBy(() -> units.successors(null, "67", null, null))
				.isInstanceOfSatisfying(ApiException.class, problem -> {
					assertThat(problem.code()).isEqualTo(ErrorCode.UNIT_NOT_FOUND);
					assertThat(problem.getBody().getProperties()).containsEntry("unitCode", "67")
							.containsKey("validPeriods");
					assertThat(problem.getDetailMessageArguments()).contains("67")
							.anySatisfy(a -> assertThat(String.valueOf(a)).contains("2025-06-30"));
				});
	}

	@Test
	void aCommuneKnownOnlyFromTheSupplementLeadsToItsTarget() {
		// Xã Nham Sơn was abolished before the pre-2025 list was drawn up; only the supplement names it.
		Unit nhamSon = units.get(null, "07732", LocalDate.of(2024, 6, 1));
		assertThat(nhamSon.fromSupplement()).isTrue();
		assertThat(nhamSon.provinceCode()).isEqualTo("24");
		assertThat(nhamSon.validOn(LAST_DAY_BEFORE_REFORM)).isFalse();

		assertThat(units.successors(null, "07732", LocalDate.of(2024, 6, 1), REFORM)).singleElement()
				.satisfies(l -> {
					assertThat(l.unit().code()).isEqualTo("07210");
					assertThat(l.unit().fullName()).isEqualTo("Phường Bắc Giang");
					assertThat(l.relation()).isEqualTo(Relation.FULL);
				});
	}

	@Test
	void aMistypedOldCodeOfTheConversionTableIsCorrectedByTheSupplement() {
		// The table lists "Xã Mỹ Hưng" under 01615, the code of Xã Hồng Quang; the supplement gives 01651.
		assertThat(units.successors(null, "01651", LAST_DAY_BEFORE_REFORM, REFORM)).singleElement()
				.satisfies(l -> assertThat(l.unit().fullName()).isEqualTo("Xã Phục Hòa"));
		assertThat(units.successors(null, "01615", LAST_DAY_BEFORE_REFORM, REFORM)).singleElement()
				.satisfies(l -> {
					assertThat(l.unit().fullName()).isEqualTo("Xã Bế Văn Đàn");
					assertThat(l.relation()).isEqualTo(Relation.FULL);
				});
	}
}
