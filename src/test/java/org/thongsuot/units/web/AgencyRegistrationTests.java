package org.thongsuot.units.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.thongsuot.IntegrationTest;
import org.thongsuot.audit.AuditTrail;
import org.thongsuot.units.Agencies;
import org.thongsuot.units.Agency;
import org.thongsuot.units.AgencyKind;
import org.thongsuot.units.Level;
import tools.jackson.databind.json.JsonMapper;

/**
 * Registering an agency by hand ({@code POST /api/agencies}, {@code Agencies.register}): an administrator
 * adds a Public Administration Centre without a code, or a department with its code; bad input is
 * refused field by field and changes nothing. Units: Điện Biên (11), which the 2025 reorganisation left whole and whose codes no other test imports, and
 * the old Đắk Nông (67), which ended on 2025-06-30. The codes (level-1 H93) are fictitious: the appendix of Decision 20/2020/QĐ-TTg numbers the provinces H01 to H63.
 */
@IntegrationTest
class AgencyRegistrationTests {

	private static final String CENTRE = "Trung tâm Phục vụ hành chính công tỉnh Điện Biên (đăng ký thử)";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	Agencies agencies;

	@Autowired
	AuditTrail audit;

	@Test
	void anAdministratorRegistersACentreWithoutACodeUnderTheProvincesCommitteeAndItIsAudited() {
		Agency committee = agencies.peoplesCommittee(Level.PROVINCE, "11", null).orElseThrow();

		var created = post(Map.of("name", " " + CENTRE + " ", "nameEn", "Dien Bien Public Administration Centre (test)",
				"kind", "PUBLIC_ADMINISTRATION_CENTRE", "unitLevel", "PROVINCE", "unitCode", "11",
				"validFrom", "2025-07-01")).exchange();

		assertThat(created).hasStatus(201).bodyJson()
				.hasPathSatisfying("$.name", v -> v.assertThat().isEqualTo(CENTRE))
				.hasPathSatisfying("$.kind", v -> v.assertThat().isEqualTo("PUBLIC_ADMINISTRATION_CENTRE"))
				.hasPathSatisfying("$.parentId", v -> v.assertThat().isEqualTo((int) committee.id()))
				.hasPathSatisfying("$.validFrom", v -> v.assertThat().isEqualTo("2025-07-01"))
				// No code yet: the API leaves the null out.
				.doesNotHavePath("$.code");
		Agency centre = centres().stream().filter(a -> a.name().equals(CENTRE)).findFirst().orElseThrow();
		assertThat(created.getResponse().getHeader(HttpHeaders.LOCATION))
				.isEqualTo("/api/agencies/" + centre.id());
		// Open while Điện Biên exists, found like any agency of the province.
		assertThat(centre.validTo()).isNull();
		assertThat(mvc.get().uri("/api/agencies/" + centre.id())).hasStatusOk();
		assertThat(audit.about("agency", String.valueOf(centre.id()), 10)).singleElement().satisfies(e -> {
			assertThat(e.action()).isEqualTo("AgencyRegistered");
			assertThat(e.actor()).isEqualTo("admin");
		});

		// The same centre again (case and spacing aside) is refused, naming the one on record.
		assertThat(post(Map.of("name", CENTRE.toUpperCase(java.util.Locale.ROOT), "kind", "PUBLIC_ADMINISTRATION_CENTRE",
				"unitLevel", "PROVINCE", "unitCode", "11"))).hasStatus(409).bodyJson()
				.hasPathSatisfying("$.code", v -> v.assertThat().isEqualTo("AGENCY_EXISTS"))
				.hasPathSatisfying("$.parameter", v -> v.assertThat().isEqualTo("name"))
				.hasPathSatisfying("$.detail", v -> v.assertThat().asString().contains(String.valueOf(centre.id())));
		assertThat(centres()).filteredOn(a -> a.name().equalsIgnoreCase(CENTRE)).hasSize(1);
	}

	@Test
	void aDepartmentIsRegisteredWithItsCodeWhichNoOtherAgencyMayThenTake() {
		assertThat(post(Map.of("name", "Sở Tư pháp tỉnh Điện Biên (mã thử nghiệm)", "kind", "DEPARTMENT",
				"unitLevel", "PROVINCE", "unitCode", "11", "code", "H93.71"))).hasStatus(201).bodyJson()
				.hasPathSatisfying("$.code", v -> v.assertThat().isEqualTo("H93.71"));
		assertThat(agencies.find(org.thongsuot.units.AgencyCode.of("H93.71"), null)).get()
				.satisfies(a -> assertThat(a.kind()).isEqualTo(AgencyKind.DEPARTMENT));

		assertThat(post(Map.of("name", "Sở Y tế tỉnh Điện Biên (mã thử nghiệm)", "kind", "DEPARTMENT",
				"unitLevel", "PROVINCE", "unitCode", "11", "code", "H93.71"))).hasStatus(409).bodyJson()
				.hasPathSatisfying("$.code", v -> v.assertThat().isEqualTo("AGENCY_EXISTS"))
				.hasPathSatisfying("$.parameter", v -> v.assertThat().isEqualTo("code"));
	}

	@Test
	void badInputIsRefusedNamingTheFieldAndNothingIsSaved() {
		long endedCommittee = agencies.peoplesCommittee(Level.PROVINCE, "67", LocalDate.of(2025, 6, 30)).orElseThrow().id();
		Map<String, Object> good = Map.of("name", "Văn phòng thử (đăng ký sai)", "kind", "OTHER",
				"unitLevel", "PROVINCE", "unitCode", "11");
		record Case(String field, Object value, int status, String code, String parameter) {
		}
		List<Case> cases = List.of(
				new Case("name", "  ", 400, "MISSING_PARAMETER", "name"),
				new Case("name", "x".repeat(501), 400, "INVALID_PARAMETER", "name"),
				new Case("nameEn", "y".repeat(501), 400, "INVALID_PARAMETER", "nameEn"),
				new Case("kind", null, 400, "MISSING_PARAMETER", "kind"),
				new Case("kind", "PEOPLES_COMMITTEE", 400, "INVALID_PARAMETER", "kind"),
				new Case("unitLevel", null, 400, "MISSING_PARAMETER", "unitLevel"),
				new Case("unitCode", null, 400, "MISSING_PARAMETER", "unitCode"),
				new Case("unitCode", "4", 400, "INVALID_PARAMETER", "unitCode"),
				new Case("unitCode", "99", 404, "UNIT_NOT_FOUND", "unitCode"),
				new Case("validTo", "2025-01-01", 400, "INVALID_PARAMETER", "validTo"),
				new Case("parentId", 999_999_999L, 404, "AGENCY_NOT_FOUND", "parentId"),
				new Case("parentId", endedCommittee, 400, "INVALID_PARAMETER", "parentId"),
				new Case("code", "h93.72", 400, "INVALID_AGENCY_CODE", "code"),
				new Case("code", "H93", 400, "INVALID_AGENCY_CODE", "code"),
				new Case("code", "000.00.00", 400, "INVALID_AGENCY_CODE", "code"));
		int before = everything().size();
		for (Case c : cases) {
			Map<String, Object> body = new HashMap<>(good);
			body.put(c.field(), c.value());
			if (c.field().equals("validTo")) {
				body.put("validFrom", "2025-07-01");
			}
			assertThat(post(body)).as(c.field() + " = " + c.value()).hasStatus(c.status()).bodyJson()
					.hasPathSatisfying("$.code", v -> v.assertThat().isEqualTo(c.code()))
					.hasPathSatisfying("$.parameter", v -> v.assertThat().isEqualTo(c.parameter()));
		}
		// A department's code needs the provinces' letter H (the import's rule).
		Map<String, Object> department = new HashMap<>(good);
		department.putAll(Map.of("kind", "DEPARTMENT", "code", "G06.72"));
		assertThat(post(department)).hasStatus(400).bodyJson()
				.hasPathSatisfying("$.parameter", v -> v.assertThat().isEqualTo("code"));
		// An agency of the old Đắk Nông must end when the province did.
		Map<String, Object> old = new HashMap<>(good);
		old.putAll(Map.of("unitCode", "67", "validFrom", "2025-06-01", "validTo", "2025-07-15"));
		assertThat(post(old)).hasStatus(400).bodyJson()
				.hasPathSatisfying("$.parameter", v -> v.assertThat().isEqualTo("validTo"))
				.hasPathSatisfying("$.detail", v -> v.assertThat().asString().contains("2025-06-30"));
		assertThat(everything()).hasSize(before);
	}

	@Test
	void aCodeListThatNamesARegisteredAgencyGivesItTheCodeRatherThanASecondAgency() {
		String name = "Văn phòng đăng ký rồi nhập mã tỉnh Điện Biên (mã thử nghiệm)";
		var registered = post(Map.of("name", name, "kind", "OTHER", "unitLevel", "PROVINCE", "unitCode", "11",
				"validFrom", "2025-07-01")).exchange();
		assertThat(registered).hasStatus(201);
		long id = agencies.list("11", Level.PROVINCE, null, name, AgencyKind.OTHER, 10).stream()
				.filter(a -> a.name().equals(name)).findFirst().orElseThrow().id();

		String csv = """
				code,name,name_en,unit_level,unit_code,kind,parent_code,valid_from,valid_to
				H93,Ủy ban nhân dân tỉnh Điện Biên (mã thử nghiệm),,PROVINCE,11,PEOPLES_COMMITTEE,,2025-07-01,
				H93.02,%s,,PROVINCE,11,OTHER,H93,2025-07-01,
				""".formatted(name);
		assertThat(mvc.post().uri("/api/agencies/import").contentType("text/csv").content(csv)
				.with(httpBasic("admin", "admin-test-password"))).hasStatusOk().bodyJson()
				.hasPathSatisfying("$.created", v -> v.assertThat().isEqualTo(0));

		assertThat(agencies.find(org.thongsuot.units.AgencyCode.of("H93.02"), null)).get()
				.satisfies(a -> assertThat(a.id()).isEqualTo(id));
		assertThat(agencies.list("11", Level.PROVINCE, null, name, AgencyKind.OTHER, 10))
				.filteredOn(a -> a.name().equals(name)).hasSize(1);
	}

	@Test
	void onlyAnAdministratorMayRegister() {
		String body = json.writeValueAsString(Map.of("name", "Văn phòng thử (không quyền)", "kind", "OTHER",
				"unitLevel", "PROVINCE", "unitCode", "11"));
		assertThat(mvc.post().uri("/api/agencies").contentType(MediaType.APPLICATION_JSON).content(body))
				.hasStatus(401);
		assertThat(mvc.post().uri("/api/agencies").contentType(MediaType.APPLICATION_JSON).content(body)
				.with(httpBasic("admin", "wrong"))).hasStatus(401);
	}

	private MockMvcTester.MockMvcRequestBuilder post(Map<String, Object> body) {
		return mvc.post().uri("/api/agencies").contentType(MediaType.APPLICATION_JSON)
				.content(json.writeValueAsString(body)).with(httpBasic("admin", "admin-test-password"));
	}

	private List<Agency> centres() {
		return agencies.list("11", Level.PROVINCE, null, null, AgencyKind.PUBLIC_ADMINISTRATION_CENTRE, 500);
	}

	/** Every agency of Điện Biên today and of the old Đắk Nông on 2025-06-01. */
	private List<Agency> everything() {
		var all = new java.util.ArrayList<>(agencies.list("11", Level.PROVINCE, null, null, null, 500));
		all.addAll(agencies.list("67", Level.PROVINCE, LocalDate.of(2025, 6, 1), null, null, 500));
		return all;
	}
}
