package org.thongsuot.units.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.thongsuot.IntegrationTest;
import org.thongsuot.units.Agencies;
import org.thongsuot.units.Level;

/**
 * The agency page, the administrator's import page and registration page. Codes with H95 are fictitious (no
 * province has it); the registered office belongs to Điện Biên (11), like AgencyRegistrationTests'.
 */
@IntegrationTest
class AgencyPagesTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Agencies agencies;

	@Test
	void anOldCommitteesPageNamesItsSuccessor() {
		long id = agencies.peoplesCommittee(Level.COMMUNE, "00001", java.time.LocalDate.of(2025, 6, 30)).orElseThrow().id();
		assertThat(mvc.get().uri("/agencies/" + id)).hasStatusOk().bodyText()
				.contains("<h1>Ủy ban nhân dân Phường Phúc Xá</h1>")
				.contains("Chưa có. Mã định danh điện tử được cập nhật khi tỉnh nhập danh sách mã đã công bố.")
				.contains("Ủy ban nhân dân Quận Ba Đình")
				.contains("Cơ quan này đã kết thúc ngày 30/06/2025")
				.contains("Ủy ban nhân dân Phường Hồng Hà");
		assertThat(mvc.get().uri("/agencies/999999999")).hasStatus(404);
	}

	@Test
	void theImportPageIsForAdministratorsOnly() {
		assertThat(mvc.get().uri("/agencies/import")).hasStatus3xxRedirection();
		assertThat(mvc.get().uri("/agencies/import").with(user("clerk").roles("RECEIVER"))).hasStatus(403);
		assertThat(mvc.get().uri("/agencies/import").with(user("admin").roles("ADMIN"))).hasStatusOk().bodyText()
				.contains("Nhập danh sách mã định danh điện tử của cơ quan")
				.contains("<label for=\"file\">Tệp CSV</label>");
	}

	@Test
	void aRefusedFileShowsEveryErrorAndAGoodOneWhatItDid() {
		String bad = """
				code,name,unit_level,unit_code,kind,valid_from
				H95,Ủy ban nhân dân tỉnh Cao Bằng (mã thử nghiệm),PROVINCE,04,PEOPLES_COMMITTEE,2025-07-01
				H95.01,,PROVINCE,04,DEPARTMENT,2025-07-01
				""";
		assertThat(mvc.post().uri("/agencies/import").multipart().file("file", bad.getBytes(StandardCharsets.UTF_8))
				.with(user("admin").roles("ADMIN")).with(csrf())).hasStatusOk().bodyText()
				.contains("có 1 lỗi. Không dòng nào được lưu")
				.contains("<th scope=\"row\">3</th>")
				.contains("Ô này bắt buộc phải có giá trị.");
		String good = bad.replace("H95.01,,", "H95.01,Sở Tư pháp tỉnh Cao Bằng (mã thử nghiệm),");
		assertThat(mvc.post().uri("/agencies/import").multipart().file("file", good.getBytes(StandardCharsets.UTF_8))
				.with(user("admin").roles("ADMIN")).with(csrf())).hasStatusOk().bodyText()
				.contains("2 dòng")
				.contains("Cập nhật mã cho 1 Ủy ban nhân dân")
				.contains("Thêm mới 1 cơ quan");
	}

	@Test
	void theRegistrationPageAddsAnAgencyOrNamesTheFieldToCorrectAndSavesNothing() {
		assertThat(mvc.get().uri("/agencies/new")).hasStatus3xxRedirection();
		assertThat(mvc.get().uri("/agencies/new").with(user("clerk").roles("RECEIVER"))).hasStatus(403);
		assertThat(mvc.get().uri("/agencies/new").with(user("admin").roles("ADMIN"))).hasStatusOk().bodyText()
				.contains("Đăng ký một cơ quan vào danh mục")
				.contains("<option value=\"PUBLIC_ADMINISTRATION_CENTRE\" selected=\"selected\">Trung tâm Phục vụ hành chính công</option>")
				.doesNotContain("PEOPLES_COMMITTEE");

		String name = "Văn phòng đăng ký qua trang tỉnh Điện Biên (thử)";
		int before = agencies.list("11", Level.PROVINCE, null, null, null, 500).size();
		assertThat(mvc.post().uri("/agencies/new").with(user("admin").roles("ADMIN")).with(csrf())
				.param("name", name).param("kind", "OTHER").param("unitLevel", "PROVINCE").param("unitCode", "11")
				.param("validFrom", "2025-07-01").param("validTo", "2025-06-01"))
				.hasStatus(400).bodyText()
				.contains("Chưa đăng ký được: hãy sửa ô „Đến ngày (nếu đã biết)“.")
				.contains("trước ngày bắt đầu 2025-07-01")
				.contains("aria-invalid=\"true\"")
				.contains("value=\"" + name + "\"");
		assertThat(mvc.post().uri("/agencies/new").with(user("admin").roles("ADMIN")).with(csrf())
				.param("name", name).param("kind", "OTHER").param("unitLevel", "PROVINCE").param("unitCode", "11")
				.param("parentId", "một"))
				.hasStatus(400).bodyText().contains("„Số hiệu cơ quan cấp trên (nếu khác Ủy ban nhân dân)“");
		assertThat(agencies.list("11", Level.PROVINCE, null, null, null, 500)).hasSize(before);

		var registered = mvc.post().uri("/agencies/new").with(user("admin").roles("ADMIN")).with(csrf())
				.param("name", name).param("kind", "OTHER").param("unitLevel", "PROVINCE").param("unitCode", "11")
				.param("validFrom", "2025-07-01").exchange();
		long id = agencies.list("11", Level.PROVINCE, null, name, null, 10).stream()
				.filter(a -> a.name().equals(name)).findFirst().orElseThrow().id();
		assertThat(registered).hasStatus3xxRedirection().hasRedirectedUrl("/agencies/" + id);
		assertThat(mvc.get().uri("/agencies/" + id)).hasStatusOk().bodyText().contains(name)
				.contains("Chưa có. Mã định danh điện tử được cập nhật khi tỉnh nhập danh sách mã đã công bố.");
	}
}
