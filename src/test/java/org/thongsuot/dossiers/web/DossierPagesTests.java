package org.thongsuot.dossiers.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.thongsuot.IntegrationTest;
import org.thongsuot.dossiers.Applicant;
import org.thongsuot.dossiers.ComponentFile;
import org.thongsuot.dossiers.DossierFixture;
import org.thongsuot.dossiers.DossierFixtures;
import org.thongsuot.dossiers.Dossiers;
import org.thongsuot.dossiers.Receipt;
import org.thongsuot.dossiers.ReceiptRequest;
import org.thongsuot.dossiers.SubmissionChannel;
import org.thongsuot.identity.CurrentUser;
import org.thongsuot.identity.Grant;
import org.thongsuot.identity.Officials;
import org.thongsuot.identity.Role;

/** The officials' pages and the public tracking page, as people see them. */
@IntegrationTest
class DossierPagesTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Dossiers dossiers;

	@Autowired
	Officials officials;

	@Autowired
	DossierFixtures fixtures;

	DossierFixture fixture;

	@BeforeEach
	void setUp() {
		fixture = fixtures.get();
	}

	org.springframework.test.web.servlet.request.RequestPostProcessor official(String name, Role role, long agency) {
		return user(name).authorities(new SimpleGrantedAuthority("ROLE_" + role.name()),
				new SimpleGrantedAuthority(Grant.of(role, agency).authority()));
	}

	Receipt received() {
		CurrentUser receiver = DossierFixture.official("recv-a", Role.RECEIVER, fixture.communeA);
		return dossiers.receive(new ReceiptRequest(DossierFixture.PROCEDURE, fixture.communeA, SubmissionChannel.COUNTER,
				new Applicant("Hoàng Văn Em", "068075001234", null),
				List.of(new ComponentFile(DossierFixture.COMPONENT, "to-khai.pdf", DossierFixture.PDF))), receiver, null);
	}

	@Test
	void theQueueShowsTheCommunesDossiersAndTheDossierPageItsActions() {
		String code = received().dossier().code();

		assertThat(mvc.get().uri("/dossiers").with(official("recv-a", Role.RECEIVER, fixture.communeA))).hasStatusOk()
				.bodyText().contains("Hồ sơ cần xử lý", code, "Tiếp nhận hồ sơ mới");
		assertThat(mvc.get().uri("/dossiers").with(official("recv-b", Role.RECEIVER, fixture.communeB))).hasStatusOk()
				.bodyText().doesNotContain(code);
		assertThat(mvc.get().uri("/dossiers/" + code).with(official("recv-a", Role.RECEIVER, fixture.communeA)))
				.hasStatusOk().bodyText().contains("Hồ sơ " + code, "Được tiếp nhận", "Chuyển bước tiếp theo", "Tờ khai");
		assertThat(mvc.get().uri("/dossiers/" + code).with(official("spec-a", Role.SPECIALIST, fixture.communeA)))
				.hasStatusOk().bodyText().contains("Bạn không có thao tác nào");
		assertThat(mvc.get().uri("/dossiers/" + code).with(official("recv-b", Role.RECEIVER, fixture.communeB)))
				.hasStatus(404);
		assertThat(mvc.get().uri("/dossiers")).hasStatus3xxRedirection();
	}

	@Test
	void anActionFromThePageMovesTheDossierAndARepeatSaysItChanged() {
		Receipt receipt = received();
		String code = receipt.dossier().code();
		var receiver = official("recv-a", Role.RECEIVER, fixture.communeA);

		assertThat(mvc.post().uri("/dossiers/" + code + "/actions/forward").param("version", "0").with(receiver)
				.with(csrf())).hasStatus3xxRedirection();
		assertThat(mvc.post().uri("/dossiers/" + code + "/actions/forward").param("version", "0").with(receiver)
				.with(csrf())).hasStatus3xxRedirection().flash().containsKey("error");
		assertThat(mvc.get().uri("/dossiers/" + code).with(receiver)).hasStatusOk().bodyText().contains("Đang xử lý");
	}

	@Test
	void theCounterFormReceivesADossierAndShowsTheSecretOnce() {
		var receiver = official("recv-a", Role.RECEIVER, fixture.communeA);
		assertThat(mvc.get().uri("/dossiers/new").with(receiver)).hasStatusOk().bodyText()
				.contains("Tiếp nhận hồ sơ tại bộ phận một cửa");
		var result = mvc.post().uri("/dossiers").multipart()
				.file(new MockMultipartFile("file", "to-khai.pdf", "application/pdf", DossierFixture.PDF))
				.param("component", DossierFixture.COMPONENT).param("procedureCode", DossierFixture.PROCEDURE)
				.param("agencyId", String.valueOf(fixture.communeA)).param("channel", "COUNTER")
				.param("applicantName", "Đỗ Thị Giang").param("applicantIdNumber", "068180001234")
				.with(receiver).with(csrf()).exchange();
		assertThat(result).hasStatus3xxRedirection().flash().containsKey("secret");
		assertThat(mvc.post().uri("/dossiers").multipart()
				.file(new MockMultipartFile("file", "to-khai.pdf", "application/pdf", DossierFixture.PDF))
				.param("component", DossierFixture.COMPONENT).param("procedureCode", DossierFixture.PROCEDURE)
				.param("agencyId", String.valueOf(fixture.communeA)).param("applicantName", "Đỗ Thị Giang")
				.param("applicantIdNumber", "123").with(receiver).with(csrf())).hasStatusOk().bodyText()
				.contains("không phải số định danh cá nhân");
	}

	@Test
	void anyoneTracksADossierWithItsCodeAndSecretButNotWithTheCodeAlone() {
		Receipt receipt = received();
		String code = receipt.dossier().code();
		assertThat(mvc.get().uri("/tracking")).hasStatusOk().bodyText().contains("Tra cứu tình trạng hồ sơ");
		assertThat(mvc.post().uri("/tracking").param("code", code).param("secret", receipt.secret()).with(csrf()))
				.hasStatusOk().bodyText().contains("Được tiếp nhận", "Thủ tục thử một cửa");
		assertThat(mvc.post().uri("/tracking").param("code", code).param("secret", "WRONG").with(csrf()))
				.hasStatusOk().bodyText().contains("Không có hồ sơ mã").doesNotContain("Thủ tục thử một cửa");
	}

	@Test
	void theDossierPageLinksItsFormsAndTakesTheResultAsAFileWhichTheRegistryThenLists() {
		String code = received().dossier().code();
		var receiver = official("recv-a", Role.RECEIVER, fixture.communeA);
		var leader = official("lead-a", Role.LEADER, fixture.communeA);
		assertThat(mvc.get().uri("/dossiers/" + code).with(receiver)).hasStatusOk().bodyText()
				.contains("Mẫu 01 – Giấy tiếp nhận hồ sơ và hẹn trả kết quả", "Mẫu 06 – Phiếu kiểm soát",
						"Rút hồ sơ (theo yêu cầu người nộp)")
				.doesNotContain("Mẫu 02");
		CurrentUser spec = DossierFixture.official("spec-a", Role.SPECIALIST, fixture.communeA);
		CurrentUser recv = DossierFixture.official("recv-a", Role.RECEIVER, fixture.communeA);
		CurrentUser lead = DossierFixture.official("lead-a", Role.LEADER, fixture.communeA);
		dossiers.act(code, org.thongsuot.dossiers.DossierAction.FORWARD, new org.thongsuot.dossiers.ActionRequest(0, null,
				null), recv);
		dossiers.act(code, org.thongsuot.dossiers.DossierAction.FORWARD, new org.thongsuot.dossiers.ActionRequest(1, null,
				null), spec);
		dossiers.act(code, org.thongsuot.dossiers.DossierAction.APPROVE, new org.thongsuot.dossiers.ActionRequest(2, null,
				null), lead);

		assertThat(mvc.post().uri("/dossiers/" + code + "/actions/attach-result").multipart()
				.file(new MockMultipartFile("file", "ket-qua.pdf", "application/pdf", DossierFixture.PDF))
				.param("version", "3").with(leader).with(csrf())).hasStatus3xxRedirection().flash()
				.doesNotContainKey("error");
		assertThat(mvc.get().uri("/dossiers/" + code).with(receiver)).hasStatusOk().bodyText()
				.contains("ket-qua.pdf", "Tải văn bản kết quả", "Kết quả sẵn sàng để trả", "Trực tuyến (người nộp tự tải về)");
		assertThat(mvc.get().uri("/dossiers/results").with(receiver)).hasStatusOk().bodyText()
				.contains("Sổ theo dõi kết quả giải quyết", code, "ket-qua.pdf", "Chờ trả");
		assertThat(mvc.get().uri("/dossiers/results").with(official("recv-b", Role.RECEIVER, fixture.communeB)))
				.hasStatusOk().bodyText().doesNotContain(code);
	}
}
