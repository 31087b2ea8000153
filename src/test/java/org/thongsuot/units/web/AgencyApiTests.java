package org.thongsuot.units.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.thongsuot.IntegrationTest;

/**
 * The agencies REST API. The imported codes (H97, H98, H99...) are fictitious: see
 * src/test/resources/agencies/README.md.
 */
@IntegrationTest
class AgencyApiTests {

	@Autowired
	MockMvcTester mvc;

	private static byte[] fixture(String name) throws IOException {
		return new ClassPathResource("agencies/" + name).getContentAsByteArray();
	}

	private MockMvcTester.MockMultipartMvcRequestBuilder importing(byte[] csv) {
		return mvc.post().uri("/api/agencies/import").multipart().file("file", csv)
				.with(httpBasic("admin", "admin-test-password"));
	}

	@Test
	void anAdministratorImportsACodeListAndImportingItAgainChangesNothing() throws IOException {
		byte[] csv = fixture("lam-dong-FICTITIOUS-codes.csv");
		assertThat(importing(csv)).hasStatusOk().bodyJson()
				.hasPathSatisfying("$.rows", v -> v.assertThat().isEqualTo(9))
				.hasPathSatisfying("$.assigned", v -> v.assertThat().isEqualTo(5))
				.hasPathSatisfying("$.created", v -> v.assertThat().isEqualTo(4))
				.hasPathSatisfying("$.unchanged", v -> v.assertThat().isEqualTo(0));

		assertThat(mvc.get().uri("/api/agencies/H99")).hasStatusOk().bodyJson()
				.hasPathSatisfying("$.name", v -> v.assertThat().isEqualTo("Ủy ban nhân dân tỉnh Lâm Đồng (mã thử nghiệm)"))
				.hasPathSatisfying("$.kind", v -> v.assertThat().isEqualTo("PEOPLES_COMMITTEE"))
				.hasPathSatisfying("$.unit.code", v -> v.assertThat().isEqualTo("68"))
				.hasPathSatisfying("$.validFrom", v -> v.assertThat().isEqualTo("2025-07-01"));
		// The new Lâm Đồng keeps the old one's level-1 code (Decision 09/2025/QĐ-TTg): read on an old day,
		// the code is the old committee's.
		assertThat(mvc.get().uri("/api/agencies/H99?at=2025-06-30")).hasStatusOk().bodyJson()
				.hasPathSatisfying("$.name", v -> v.assertThat().isEqualTo("Ủy ban nhân dân tỉnh Lâm Đồng trước sáp nhập (mã thử nghiệm)"))
				.hasPathSatisfying("$.validTo", v -> v.assertThat().isEqualTo("2025-06-30"));
		assertThat(mvc.get().uri("/api/agencies/h99.01")).hasStatusOk().bodyJson()
				.hasPathSatisfying("$.code", v -> v.assertThat().isEqualTo("H99.01"))
				.hasPathSatisfying("$.kind", v -> v.assertThat().isEqualTo("DEPARTMENT"));
		// The old Đắk Nông's department keeps its (QCVN 102 form) code and ends with its province.
		assertThat(mvc.get().uri("/api/agencies/000.00.12.H98")).hasStatusOk().bodyJson()
				.hasPathSatisfying("$.validTo", v -> v.assertThat().isEqualTo("2025-06-30"));
		assertThat(mvc.get().uri("/api/agencies?unit=22918&kind=PEOPLES_COMMITTEE")).hasStatusOk().bodyJson()
				.hasPathSatisfying("$[0].code", v -> v.assertThat().isEqualTo("H99.40"));

		assertThat(importing(csv)).hasStatusOk().bodyJson()
				.hasPathSatisfying("$.unchanged", v -> v.assertThat().isEqualTo(9))
				.hasPathSatisfying("$.assigned", v -> v.assertThat().isEqualTo(0))
				.hasPathSatisfying("$.created", v -> v.assertThat().isEqualTo(0));
	}

	@Test
	void aFileWithABadRowIsRefusedWholeNamingEachRowAndField() throws IOException {
		assertThat(importing(fixture("dak-lak-FICTITIOUS-bad-codes.csv")))
				.hasStatus(422)
				.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
				.bodyJson()
				.hasPathSatisfying("$.code", v -> v.assertThat().isEqualTo("AGENCY_IMPORT_REJECTED"))
				.hasPathSatisfying("$.errors.length()", v -> v.assertThat().isEqualTo(3))
				.hasPathSatisfying("$.errors[0].row", v -> v.assertThat().isEqualTo(4))
				.hasPathSatisfying("$.errors[0].field", v -> v.assertThat().isEqualTo("code"))
				.hasPathSatisfying("$.errors[0].reason", v -> v.assertThat().isEqualTo("INVALID_CODE"))
				.hasPathSatisfying("$.errors[0].message", v -> v.assertThat().asString().contains("h97.02", "A–Z"))
				.hasPathSatisfying("$.errors[1].row", v -> v.assertThat().isEqualTo(5))
				.hasPathSatisfying("$.errors[1].field", v -> v.assertThat().isEqualTo("valid_to"))
				.hasPathSatisfying("$.errors[2].row", v -> v.assertThat().isEqualTo(6))
				.hasPathSatisfying("$.errors[2].field", v -> v.assertThat().isEqualTo("unit_code"))
				.hasPathSatisfying("$.errors[2].reason", v -> v.assertThat().isEqualTo("UNIT_NOT_FOUND"));
		// Rows 2 and 3 were valid, but nothing of the file was saved.
		assertThat(mvc.get().uri("/api/agencies/H97")).hasStatus(404).bodyJson()
				.hasPathSatisfying("$.code", v -> v.assertThat().isEqualTo("AGENCY_NOT_FOUND"));
	}

	@Test
	void theErrorsAreInTheCallersLanguage() throws IOException {
		assertThat(importing(fixture("dak-lak-FICTITIOUS-bad-codes.csv")).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
				.hasStatus(422).bodyJson()
				.hasPathSatisfying("$.title", v -> v.assertThat().isEqualTo("The code list was not imported"))
				.hasPathSatisfying("$.errors[2].message", v -> v.assertThat().asString().contains("No COMMUNE unit"));
		assertThat(importing(fixture("dak-lak-FICTITIOUS-bad-codes.csv"))).bodyJson()
				.hasPathSatisfying("$.title", v -> v.assertThat().isEqualTo("Danh sách mã định danh chưa được nhập"));
	}

	@Test
	void aCodeListMayAlsoBeSentAsTheBody() {
		String csv = """
				code,name,unit_level,unit_code,kind
				H96,Ủy ban nhân dân Thành phố Hà Nội (mã thử nghiệm),PROVINCE,01,PEOPLES_COMMITTEE
				""";
		assertThat(mvc.post().uri("/api/agencies/import").contentType("text/csv")
				.content(csv.getBytes(StandardCharsets.UTF_8)).with(httpBasic("admin", "admin-test-password")))
				.hasStatus4xxClientError().bodyJson()
				.hasPathSatisfying("$.errors[0].reason", v -> v.assertThat().isEqualTo("UNIT_AMBIGUOUS"));
		String dated = csv.replace("kind\n", "kind,valid_from\n").replace("COMMITTEE\n", "COMMITTEE,2025-07-01\n");
		assertThat(mvc.post().uri("/api/agencies/import").contentType("text/csv")
				.content(dated.getBytes(StandardCharsets.UTF_8)).with(httpBasic("admin", "admin-test-password")))
				.hasStatusOk().bodyJson()
				.hasPathSatisfying("$.assigned", v -> v.assertThat().isEqualTo(1));
	}

	@Test
	void onlyAnAdministratorMayImport() throws IOException {
		assertThat(mvc.post().uri("/api/agencies/import").multipart()
				.file("file", fixture("lam-dong-FICTITIOUS-codes.csv")))
				.hasStatus(401).bodyJson()
				.hasPathSatisfying("$.code", v -> v.assertThat().isEqualTo("UNAUTHENTICATED"));
		assertThat(mvc.post().uri("/api/agencies/import").multipart()
				.file("file", fixture("lam-dong-FICTITIOUS-codes.csv")).with(httpBasic("admin", "wrong")))
				.hasStatus(401);
	}

	@Test
	void anEmptyUploadNamesTheMissingFile() {
		assertThat(mvc.post().uri("/api/agencies/import").multipart().param("x", "y")
				.with(httpBasic("admin", "admin-test-password")))
				.hasStatus(400).bodyJson()
				.hasPathSatisfying("$.parameter", v -> v.assertThat().isEqualTo("file"));
	}

	@Test
	void anyoneLooksAgenciesUpAndFollowsThemToTheirSuccessors() throws IOException {
		assertThat(mvc.get().uri("/api/agencies?q=Phuc Xa&at=2025-06-30&limit=3")).hasStatusOk().bodyJson()
				.hasPathSatisfying("$[0].name", v -> v.assertThat().isEqualTo("Ủy ban nhân dân Phường Phúc Xá"))
				.hasPathSatisfying("$[0].unit.level", v -> v.assertThat().isEqualTo("COMMUNE"));
		String json = mvc.get().uri("/api/agencies?unit=00001&at=2025-06-30").exchange().getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
		Number id = JsonPath.read(json, "$[0].id");
		assertThat(mvc.get().uri("/api/agencies/" + id + "/successors?at=2025-07-01")).hasStatusOk().bodyJson()
				.hasPathSatisfying("$[0].agency.name", v -> v.assertThat().isEqualTo("Ủy ban nhân dân Phường Hồng Hà"))
				.hasPathSatisfying("$[0].relation", v -> v.assertThat().isEqualTo("FULL"));
	}

	@Test
	void badInputIsAProblemNamingTheParameter() {
		assertThat(mvc.get().uri("/api/agencies?at=30/06/2025")).hasStatus(400).bodyJson()
				.hasPathSatisfying("$.parameter", v -> v.assertThat().isEqualTo("at"));
		assertThat(mvc.get().uri("/api/agencies?unit=1234")).hasStatus(400).bodyJson()
				.hasPathSatisfying("$.parameter", v -> v.assertThat().isEqualTo("unit"));
		assertThat(mvc.get().uri("/api/agencies?unit=00001&level=PROVINCE")).hasStatus(400).bodyJson()
				.hasPathSatisfying("$.parameter", v -> v.assertThat().isEqualTo("level"));
		assertThat(mvc.get().uri("/api/agencies?kind=MINISTRY")).hasStatus(400).bodyJson()
				.hasPathSatisfying("$.parameter", v -> v.assertThat().isEqualTo("kind"));
		assertThat(mvc.get().uri("/api/agencies?limit=0")).hasStatus(400).bodyJson()
				.hasPathSatisfying("$.parameter", v -> v.assertThat().isEqualTo("limit"));
		assertThat(mvc.get().uri("/api/agencies/H99-01")).hasStatus(400).bodyJson()
				.hasPathSatisfying("$.code", v -> v.assertThat().isEqualTo("INVALID_AGENCY_CODE"))
				.hasPathSatisfying("$.parameter", v -> v.assertThat().isEqualTo("id"));
		assertThat(mvc.get().uri("/api/agencies/999999999")).hasStatus(404).bodyJson()
				.hasPathSatisfying("$.code", v -> v.assertThat().isEqualTo("AGENCY_NOT_FOUND"));
		assertThat(mvc.get().uri("/api/agencies/99999999999999999999999")).hasStatus(400).bodyJson()
				.hasPathSatisfying("$.code", v -> v.assertThat().isEqualTo("INVALID_AGENCY_CODE"));
		assertThat(mvc.get().uri("/api/agencies?unit=00001&at=2030-01-01")).hasStatus(404).bodyJson()
				.hasPathSatisfying("$.code", v -> v.assertThat().isEqualTo("UNIT_NOT_FOUND"));
	}
}
