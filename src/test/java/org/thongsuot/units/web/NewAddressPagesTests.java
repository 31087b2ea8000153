package org.thongsuot.units.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.thongsuot.IntegrationTest;

/** "Địa chỉ mới của tôi là gì?" as a person uses it: with the form, with htmx, by name. */
@IntegrationTest
class NewAddressPagesTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void thePageAsksForTheOldProvinceFirst() {
		assertThat(mvc.get().uri("/new-address")).hasStatusOk().bodyText()
				.contains("<h1>Địa chỉ mới của tôi là gì?</h1>")
				.contains("<label for=\"province\">Tỉnh, thành phố cũ</label>")
				.contains("Tỉnh Hà Giang")
				.contains("Xem địa chỉ mới")
				.doesNotContain("id=\"district\"");
	}

	@Test
	void eachChoiceOpensTheNextList() {
		assertThat(mvc.get().uri("/new-address?province=01")).hasStatusOk().bodyText()
				.contains("<label for=\"district\">Quận, huyện, thị xã cũ</label>")
				.contains("Quận Ba Đình")
				.doesNotContain("id=\"commune\"");
		assertThat(mvc.get().uri("/new-address?province=01&district=001")).hasStatusOk().bodyText()
				.contains("<label for=\"commune\">Xã, phường, thị trấn cũ</label>")
				.contains("Phường Phúc Xá");
	}

	@Test
	void anOldCommuneShowsItsNewCommuneAndHowToWriteTheAddress() {
		assertThat(mvc.get().uri("/new-address?province=01&district=001&commune=00001")).hasStatusOk().bodyText()
				.contains("Địa chỉ mới của bạn")
				.contains("Phường Phúc Xá, Quận Ba Đình, Thành phố Hà Nội")
				.contains("Phường Phúc Xá nay thuộc:")
				.contains("Phường Hồng Hà</a>")
				.contains("Nhập toàn bộ")
				.contains("Cách ghi địa chỉ mới:")
				.contains("Số nhà, tên đường (hoặc thôn, ấp, tổ dân phố), Phường Hồng Hà, Thành phố Hà Nội")
				.contains("Không ghi quận, huyện nữa");
	}

	@Test
	void aSplitCommuneShowsAllItsNewCommunes() {
		assertThat(mvc.get().uri("/new-address?province=01&district=001&commune=00025")).hasStatusOk().bodyText()
				.contains("Phường Ngọc Khánh được chia cho 3 xã, phường mới")
				.contains("Hãy xem thôn, ấp, tổ dân phố của bạn thuộc xã, phường nào")
				.contains("Phường Ngọc Hà, Thành phố Hà Nội")
				.contains("Phường Giảng Võ, Thành phố Hà Nội")
				.contains("Phường Láng, Thành phố Hà Nội")
				.contains("Một phần diện tích được nhập vào");
	}

	@Test
	void anOldDistrictOrProvinceAloneIsAnsweredToo() {
		assertThat(mvc.get().uri("/new-address?province=01&district=001")).hasStatusOk().bodyText()
				.contains("Cấp huyện không còn từ ngày 01/7/2025. Địa bàn Quận Ba Đình nay thuộc 8 xã, phường mới của Thành phố Hà Nội:")
				.contains("Phường Hồng Hà");
		assertThat(mvc.get().uri("/new-address?province=02")).hasStatusOk().bodyText()
				.contains("Tỉnh Hà Giang nay thuộc Tỉnh Tuyên Quang.");
		assertThat(mvc.get().uri("/new-address?province=01")).hasStatusOk().bodyText()
				.contains("Thành phố Hà Nội giữ nguyên");
	}

	@Test
	void aDistrictOfAnotherProvinceIsIgnored() {
		assertThat(mvc.get().uri("/new-address?province=02&district=001&commune=00001")).hasStatusOk().bodyText()
				.contains("Tỉnh Hà Giang nay thuộc Tỉnh Tuyên Quang.")
				.doesNotContain("Phường Hồng Hà");
		assertThat(mvc.get().uri("/new-address?province=abc")).hasStatusOk();
	}

	@Test
	void htmxGetsOnlyTheForm() {
		assertThat(mvc.get().uri("/new-address?province=01&district=001").header("HX-Request", "true"))
				.hasStatusOk().bodyText()
				.startsWith("<div id=\"finder\">")
				.doesNotContain("<html")
				.contains("Phường Phúc Xá");
	}

	@Test
	void anOldNameIsFoundWithoutDiacritics() {
		assertThat(mvc.get().uri("/new-address?q=phuc xa")).hasStatusOk().bodyText()
				.contains("Chọn đúng nơi của bạn:")
				.contains("href=\"/new-address?province=01&amp;district=001&amp;commune=00001\">Phường Phúc Xá</a>")
				.contains("Quận Ba Đình, Thành phố Hà Nội");
	}

	@Test
	void theLanguageSwitchShowsThePageInEnglish() {
		assertThat(mvc.get().uri("/new-address?province=01&district=001&commune=00025&lang=en")).hasStatusOk()
				.bodyText()
				.contains("<h1>What is my new address?</h1>")
				.contains("was split among 3 new communes and wards")
				.contains("Write the new address as:")
				.contains("Phường Láng, Thành phố Hà Nội");
	}
}
