package org.thongsuot.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.thongsuot.IntegrationTest;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** The public pages as a citizen sees them, and the centres an administrator keeps. */
@IntegrationTest
class PortalPagesTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ProcedureSearch search;

	@BeforeEach
	void indexFilled() {
		ProcedureSearchTests.awaitIndex(search);
	}

	@Test
	void theSearchPageListsTheBirthRegistrationFirst() {
		assertThat(mvc.get().uri("/procedures").param("q", "dang ky khai sinh")).hasStatusOk().bodyText()
				.contains("<h1>Tra cứu thủ tục hành chính</h1>")
				.containsSubsequence("Thủ tục đăng ký khai sinh</a>", "Thủ tục đăng ký khai sinh")
				.contains("Tìm thấy");
	}

	@Test
	void htmxGetsOnlyTheResults() throws Exception {
		String body = mvc.get().uri("/procedures").param("q", "khai tu").header("HX-Request", "true")
				.header("HX-Target", "results").exchange().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);

		assertThat(body).contains("id=\"results\"").doesNotContain("<h1>");
	}

	@Test
	void aProceduresPageShowsWhatAnApplicantNeeds() {
		assertThat(mvc.get().uri("/procedures/1.001193")).hasStatusOk().bodyText()
				.contains("<h1>Thủ tục đăng ký khai sinh</h1>")
				.contains("Trình tự thực hiện", "Thành phần hồ sơ", "Căn cứ pháp lý", "Nơi nộp hồ sơ")
				.contains("123/2015/NĐ-CP")
				.contains("Giấy chứng sinh")
				.contains("https://dichvucong.gov.vn/thu-tuc-hanh-chinh/");
	}

	@Test
	void anUnknownProcedureIsA404Page() {
		assertThat(mvc.get().uri("/procedures/9.999998")).hasStatus(404);
		assertThat(mvc.get().uri("/procedures").param("level", "VILLAGE")).hasStatus(400);
	}

	@Test
	void anAdministratorAddsACentreThatThePublicListShows() {
		assertThat(mvc.get().uri("/admin/centres")).hasStatus3xxRedirection();

		assertThat(mvc.post().uri("/admin/centres").with(user("admin").roles("ADMIN")).with(csrf())
				.param("name", "Trung tâm Phục vụ hành chính công tỉnh (thử)").param("level", "PROVINCE").param("unitCode", "68")
				.param("address", "Số 1, đường Thử, phường Thử").param("hotline", "0263 123 456").param("position", "1"))
				.hasStatus3xxRedirection();
		assertThat(mvc.post().uri("/admin/centres").with(user("admin").roles("ADMIN")).with(csrf())
				.param("name", "Trung tâm thử").param("level", "PROVINCE").param("unitCode", "68").param("address", "Số 2")
				.param("hotline", "gọi ngay")).hasStatusOk().bodyText().contains("không phải số điện thoại");
		assertThat(mvc.post().uri("/admin/centres").with(user("admin").roles("ADMIN")).with(csrf())
				.param("name", "Trung tâm xã thử").param("level", "COMMUNE").param("unitCode", "00004").param("address", "Số 3")
				.param("hotline", "0263 000 000")).hasStatusOk().bodyText()
				.contains("không có đơn vị hành chính mã “00004” thuộc tỉnh 68");

		assertThat(mvc.get().uri("/centres")).hasStatusOk().bodyText()
				.contains("Trung tâm Phục vụ hành chính công tỉnh (thử)", "0263 123 456");
		assertThat(mvc.get().uri("/api/centres")).hasStatusOk().bodyJson()
				.hasPathSatisfying("$[0].hotline", h -> assertThat(h).asString().isNotBlank());
	}

	@Test
	@WithMockUser(roles = "RECEIVER")
	void onlyAdministratorsEditCentres() {
		assertThat(mvc.get().uri("/admin/centres")).hasStatus(403);
	}
}
