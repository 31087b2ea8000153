package org.thongsuot.units.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VietnameseTextTests {

	@Test
	void foldingDropsDiacriticsCaseAndTheStrokeOfD() {
		assertThat(VietnameseText.fold("Tỉnh Đắk Nông")).isEqualTo("tinh dak nong");
		assertThat(VietnameseText.fold("ĐẮK NÔNG")).isEqualTo("dak nong");
	}

	@Test
	void foldingMakesEveryApostropheShapeAndSpacingTheSame() {
		assertThat(VietnameseText.fold("Cư M'gar")).isEqualTo("cu mgar");
		assertThat(VietnameseText.fold("Cư M’gar")).isEqualTo("cu mgar");
		assertThat(VietnameseText.fold("Xã K' Dang")).isEqualTo("xa kdang");
	}

	@Test
	void foldingTurnsPunctuationAndRunsOfSpacesIntoOneSpace() {
		assertThat(VietnameseText.fold("  Bà Rịa -  Vũng Tàu ")).isEqualTo("ba ria vung tau");
		assertThat(VietnameseText.fold("Thị trấn N.T Phong Hải")).isEqualTo("thi tran n t phong hai");
	}

	@Test
	void foldingAcceptsDecomposedInput() {
		String decomposed = java.text.Normalizer.normalize("Đắk Nông", java.text.Normalizer.Form.NFD);
		assertThat(VietnameseText.fold(decomposed)).isEqualTo("dak nong");
		assertThat(VietnameseText.toneKey(decomposed)).isEqualTo(VietnameseText.toneKey("Đắk Nông"));
	}

	@Test
	void theToneKeyIgnoresWhereTheToneMarkSits() {
		assertThat(VietnameseText.toneKey("Hoà")).isEqualTo(VietnameseText.toneKey("Hòa")).isEqualTo("hoaf");
		assertThat(VietnameseText.toneKey("Thuỷ")).isEqualTo(VietnameseText.toneKey("Thủy"));
		assertThat(VietnameseText.toneKey("Khánh Hoà")).isEqualTo(VietnameseText.toneKey("khánh hòa"));
	}

	@Test
	void theToneKeyKeepsDiacriticsThatChangeTheName() {
		assertThat(VietnameseText.toneKey("Đăk")).isNotEqualTo(VietnameseText.toneKey("Đắk"));
		assertThat(VietnameseText.toneKey("Hòa")).isNotEqualTo(VietnameseText.toneKey("Hoa"));
		assertThat(VietnameseText.toneKey("Đồng")).isNotEqualTo(VietnameseText.toneKey("Dong"));
	}

	@Test
	void theCompactKeyIgnoresSpacesBetweenSyllables() {
		assertThat(VietnameseText.compact("Đắk Lắk")).isEqualTo("daklak").isEqualTo(VietnameseText.compact("Daklak"));
	}

	@Test
	void nothingFoldsToNothing() {
		assertThat(VietnameseText.fold(null)).isEmpty();
		assertThat(VietnameseText.fold(" ,.- ")).isEmpty();
	}
}
