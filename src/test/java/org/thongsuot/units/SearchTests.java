package org.thongsuot.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.thongsuot.IntegrationTest;

/** Name search that ignores diacritics, case, tone-mark placement and apostrophe style. */
@IntegrationTest
class SearchTests {

	@Autowired
	Units units;

	@Test
	void dakNongWithoutDiacriticsFindsTheProvinceOfDakNongFirst() {
		List<UnitSearchHit> hits = units.search("dak nong", null, null, 10);

		assertThat(hits.get(0).unit().fullName()).isEqualTo("Tỉnh Đắk Nông");
		assertThat(hits.get(0).match()).isEqualTo(MatchKind.EXACT_IGNORING_DIACRITICS);
		assertThat(hits.get(0).rank()).isEqualTo(1);
	}

	@Test
	void theOldTonePlacementHoaFindsTheNewPlacementHoaBeforeOtherDiacritics() {
		List<UnitSearchHit> hits = units.search("Hoà", null, null, 20);

		assertThat(hits).isNotEmpty().allSatisfy(hit -> assertThat(hit.unit().name()).matches("(?i)(hòa|hoà).*"));
		assertThat(hits).anySatisfy(hit -> assertThat(hit.unit().name()).startsWith("Hòa"));
	}

	@Test
	void thuyAndThuyWithTheToneOnEitherVowelAreTheSameName() {
		assertThat(units.search("Thuỷ Nguyên", null, Level.COMMUNE, 5))
				.first().satisfies(hit -> {
					assertThat(hit.unit().name()).isEqualTo("Thủy Nguyên");
					assertThat(hit.match()).isEqualTo(MatchKind.EXACT);
				});
	}

	@Test
	void anExactMatchWithTheQuerysDiacriticsRanksFirst() {
		// "Đăk Song" and "Đắk Song" fold to the same letters; the one spelled as asked comes first.
		List<UnitSearchHit> hits = units.search("Đăk Song", LocalDate.of(2025, 7, 1), Level.COMMUNE, 5);

		assertThat(hits.get(0).unit().name()).isEqualTo("Đăk Song");
		assertThat(hits.get(0).match()).isEqualTo(MatchKind.EXACT);
		assertThat(hits.get(1).unit().name()).isEqualTo("Đắk Song");
		assertThat(hits.get(1).match()).isEqualTo(MatchKind.EXACT_IGNORING_DIACRITICS);
	}

	@Test
	void apostrophesOfEitherShapeMatch() {
		assertThat(units.search("Cư M’gar", LocalDate.of(2025, 7, 1), Level.COMMUNE, 3))
				.first().satisfies(hit -> assertThat(hit.unit().fullName()).isEqualTo("Xã Cư M'gar"));
	}

	@Test
	void aTypePrefixIsUnderstood() {
		assertThat(units.search("phuong ba dinh", null, null, 3))
				.first().satisfies(hit -> assertThat(hit.unit().fullName()).isEqualTo("Phường Ba Đình"));
		// Phúc Xá was a ward, not a commune: the name still matches exactly.
		assertThat(units.search("Xã Phúc Xá", null, null, 3))
				.first().satisfies(hit -> assertThat(hit.unit().code()).isEqualTo("00001"));
	}

	@Test
	void aParentAfterACommaNarrowsTheSearch() {
		List<UnitSearchHit> hits = units.search("Ba Đình, Hà Nội", null, null, 5);

		assertThat(hits).filteredOn(hit -> hit.match() != MatchKind.FUZZY)
				.extracting(hit -> hit.unit().fullName())
				.containsExactly("Phường Ba Đình", "Quận Ba Đình");
	}

	@Test
	void theDayAndLevelFiltersKeepOnlyUnitsInForceThatDayAtThatLevel() {
		LocalDate today = units.today();
		List<UnitSearchHit> hits = units.search("lam dong", today, Level.PROVINCE, 10);

		assertThat(hits).allSatisfy(hit -> {
			assertThat(hit.unit().level()).isEqualTo(Level.PROVINCE);
			assertThat(hit.unit().validOn(today)).isTrue();
		});
		assertThat(hits.get(0).unit().code()).isEqualTo("68");
	}

	@Test
	void pastAndCurrentUnitsAreBothFoundWithoutADay() {
		assertThat(units.search("Lâm Đồng", null, Level.PROVINCE, 5))
				.filteredOn(hit -> hit.match() == MatchKind.EXACT)
				.extracting(hit -> hit.unit().validFrom() == null ? "before" : "after")
				.containsExactly("after", "before");
	}

	@Test
	void aTypoStillFindsTheNameBySimilarity() {
		assertThat(units.search("Dak Nog", null, Level.PROVINCE, 5))
				.anySatisfy(hit -> assertThat(hit.unit().name()).isEqualTo("Đắk Nông"));
	}

	@Test
	void aNameWrittenWithoutSpacesIsFound() {
		assertThat(units.search("Daklak", units.today(), Level.PROVINCE, 3))
				.first().satisfies(hit -> {
					assertThat(hit.unit().fullName()).isEqualTo("Tỉnh Đắk Lắk");
					assertThat(hit.similarity()).isEqualTo(1.0);
				});
	}

	@Test
	void theLimitCapsTheNumberOfHits() {
		assertThat(units.search("xa", null, null, 7)).hasSize(7).extracting(UnitSearchHit::rank)
				.containsExactly(1, 2, 3, 4, 5, 6, 7);
	}
}
