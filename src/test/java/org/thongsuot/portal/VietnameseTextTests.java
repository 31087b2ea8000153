package org.thongsuot.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.thongsuot.portal.internal.VietnameseText;

class VietnameseTextTests {

	@Test
	void foldingDropsDiacriticsCaseAndPunctuationAndMapsDToD() {
		assertThat(VietnameseText.fold("Thủ tục Đăng ký khai sinh (có yếu tố nước ngoài)"))
				.isEqualTo("thu tuc dang ky khai sinh co yeu to nuoc ngoai");
	}

	@Test
	void theToneKeyIgnoresWhereTheToneMarkSitsButKeepsTheLetters() {
		assertThat(VietnameseText.toneKey("Hòa")).isEqualTo(VietnameseText.toneKey("Hoà")).isEqualTo("hoa2");
		assertThat(VietnameseText.toneKey("Thủy")).isEqualTo(VietnameseText.toneKey("Thuỷ"));
		assertThat(VietnameseText.toneKey("ký")).isNotEqualTo(VietnameseText.toneKey("kỳ"));
		assertThat(VietnameseText.toneKey("Đăng ký")).isEqualTo("đăng ky1");
	}
}
