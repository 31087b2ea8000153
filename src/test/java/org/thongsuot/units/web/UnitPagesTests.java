package org.thongsuot.units.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.thongsuot.IntegrationTest;

/** The units pages as a person reads them, in Vietnamese and in English. */
@IntegrationTest
class UnitPagesTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void theListShowsTheProvincesOfTheDayChosen() {
		assertThat(mvc.get().uri("/units")).hasStatusOk().bodyText()
				.contains("<h1>Đơn vị hành chính</h1>")
				.contains("34 tỉnh, thành phố vào ngày")
				.contains("Trước sáp nhập (30/6/2025)")
				.contains("không còn cấp huyện")
				.contains("Tỉnh Lâm Đồng")
				.doesNotContain("Tỉnh Đắk Nông");
		assertThat(mvc.get().uri("/units?at=2025-06-30")).hasStatusOk().bodyText()
				.contains("63 tỉnh, thành phố vào ngày 30/06/2025")
				.contains("Tỉnh Đắk Nông")
				.contains("ba cấp: tỉnh, huyện và xã")
				.contains("href=\"/units/province/67?at=2025-06-30\"");
	}

	@Test
	void aNameIsFoundWithoutDiacritics() {
		assertThat(mvc.get().uri("/units?q=phuc xa&at=2025-06-30")).hasStatusOk().bodyText()
				.contains("href=\"/units/commune/00001?at=2025-06-30\">Phường Phúc Xá</a>")
				.contains("Quận Ba Đình, Thành phố Hà Nội");
		assertThat(mvc.get().uri("/units?q=khong co xa nao ten nay")).hasStatusOk().bodyText()
				.contains("Không tìm thấy đơn vị nào tên");
	}

	@Test
	void anOldCommunesPageSaysWhatItBecame() {
		assertThat(mvc.get().uri("/units/commune/00001?at=2025-06-30")).hasStatusOk().bodyText()
				.contains("<h1>Phường Phúc Xá</h1>")
				.contains("Quận Ba Đình")
				.contains("Đơn vị này đã kết thúc ngày 30/06/2025")
				.contains("Nay là")
				.contains("Phường Hồng Hà")
				.contains("Nhập toàn bộ")
				.contains("01/07/2025")
				.contains("Ủy ban nhân dân Phường Phúc Xá")
				.contains("chưa có")
				.contains("Không có ghi nhận về đơn vị trước đó.")
				.doesNotContain("Các đơn vị cũ đã nhập vào đơn vị này");
	}

	@Test
	void aNewCommunesPageSaysWhatItWasFormedFrom() {
		assertThat(mvc.get().uri("/units/commune/00097")).hasStatusOk().bodyText()
				.contains("<h1>Phường Hồng Hà</h1>")
				.contains("Hình thành từ")
				.contains("Phường Phúc Xá")
				.contains("Đơn vị này vẫn còn hiệu lực đến nay.")
				.contains("Ủy ban nhân dân Phường Hồng Hà");
	}

	@Test
	void aSplitCommunesPageListsEverySuccessor() {
		assertThat(mvc.get().uri("/units/commune/00025?at=2025-06-30")).hasStatusOk().bodyText()
				.contains("được chia cho 3 đơn vị mới")
				.contains("Phường Ngọc Hà")
				.contains("Phường Giảng Võ")
				.contains("Phường Láng")
				.contains("Một phần diện tích được nhập vào");
	}

	@Test
	void aProvincesPageListsItsDistrictsBeforeAndItsCommunesAfter() {
		assertThat(mvc.get().uri("/units/province/68?at=2025-06-30")).hasStatusOk().bodyText()
				.contains("Thành phố Đà Lạt")
				.contains("Đơn vị trực thuộc");
		assertThat(mvc.get().uri("/units/province/68")).hasStatusOk().bodyText()
				.contains("Phường Mũi Né")
				.contains("Tỉnh Đắk Nông")
				.contains("Tỉnh Bình Thuận");
	}

	@Test
	void aCodeOnADayItDidNotExistLeadsToTheDaysItDid() {
		assertThat(mvc.get().uri("/units/district/001")).hasStatus(404).bodyText()
				.contains("mã 001 không ứng với đơn vị nào")
				.contains("href=\"/units/district/001?at=2025-06-30\">Quận Ba Đình</a>");
		assertThat(mvc.get().uri("/units/ward/00001")).hasStatus(400);
		assertThat(mvc.get().uri("/units/commune/99999")).hasStatus(404);
		assertThat(mvc.get().uri("/units/commune/00001?at=30-06-2025")).hasStatus(400);
	}

	@Test
	void theLanguageSwitchShowsThePageInEnglish() {
		assertThat(mvc.get().uri("/units/commune/00001?at=2025-06-30&lang=en")).hasStatusOk().bodyText()
				.contains("lang=\"en\"")
				.contains("Became")
				.contains("Merged in whole")
				.contains("(Phuc Xa Ward)")
				.contains("Ủy ban nhân dân Phường Phúc Xá");
	}
}
