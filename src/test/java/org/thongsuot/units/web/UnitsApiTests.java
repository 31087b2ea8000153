package org.thongsuot.units.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.thongsuot.IntegrationTest;

/** The REST API as a machine sees it: public, JSON, and RFC 9457 problems for every kind of bad input. */
@IntegrationTest
class UnitsApiTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void listsTheProvincesOfADaySortedInVietnameseOrder() {
		assertThat(mvc.get().uri("/api/units?at=2025-07-01")).hasStatusOk().bodyJson()
				.hasPathSatisfying("$.length()", n -> assertThat(n).asNumber().isEqualTo(34))
				.hasPathSatisfying("$[0].name", n -> assertThat(n).asString().isEqualTo("An Giang"))
				// Vietnamese order: Đ comes after D, so Đà Nẵng follows the D-names.
				.hasPathSatisfying("$[*].name", names -> assertThat(names).asList()
						.containsSubsequence("Cà Mau", "Cao Bằng", "Cần Thơ", "Đà Nẵng", "Gia Lai"));
	}

	@Test
	void listsTheCommunesOfAProvinceAndOfAnOldDistrict() {
		assertThat(mvc.get().uri("/api/units?level=COMMUNE&province=68&at=2025-07-01")).hasStatusOk().bodyJson()
				.hasPathSatisfying("$[*].provinceCode", codes -> assertThat(codes).asList().containsOnly("68"));
		assertThat(mvc.get().uri("/api/units?level=COMMUNE&district=001&at=2025-06-30")).hasStatusOk().bodyJson()
				.hasPathSatisfying("$.length()", n -> assertThat(n).asNumber().isEqualTo(13))
				.hasPathSatisfying("$[*].parentCode", codes -> assertThat(codes).asList().containsOnly("001"));
	}

	@Test
	void getsTheVersionInForceOnADayInferringTheLevelFromTheCode() {
		assertThat(mvc.get().uri("/api/units/15?at=2025-06-30")).hasStatusOk().bodyJson()
				.hasPathSatisfying("$.name", n -> assertThat(n).asString().isEqualTo("Yên Bái"))
				.hasPathSatisfying("$.level", n -> assertThat(n).asString().isEqualTo("PROVINCE"))
				.hasPathSatisfying("$.validTo", n -> assertThat(n).asString().isEqualTo("2025-06-30"));
		assertThat(mvc.get().uri("/api/units/15")).hasStatusOk().bodyJson()
				.hasPathSatisfying("$.name", n -> assertThat(n).asString().isEqualTo("Lào Cai"));
	}

	@Test
	void anUnknownCodeIsA404ProblemNamingCodeLevelAndDay() {
		assertThat(mvc.get().uri("/api/units/99?at=2025-06-30"))
				.hasStatus(404)
				.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
				.bodyJson()
				.hasPathSatisfying("$.code", c -> assertThat(c).asString().isEqualTo("UNIT_NOT_FOUND"))
				.hasPathSatisfying("$.unitCode", c -> assertThat(c).asString().isEqualTo("99"))
				.hasPathSatisfying("$.level", c -> assertThat(c).asString().isEqualTo("PROVINCE"))
				.hasPathSatisfying("$.detail", d -> assertThat(d).asString().contains("99"));
	}

	@Test
	void aCodeNotInForceOnTheDayIsA404ListingWhenItWas() {
		assertThat(mvc.get().uri("/api/units/67?at=2025-07-01").header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
				.hasStatus(404).bodyJson()
				.hasPathSatisfying("$.title", t -> assertThat(t).asString().isEqualTo("Administrative unit not found"))
				.hasPathSatisfying("$.detail", d -> assertThat(d).asString()
						.contains("67").contains("2025-07-01").contains("2025-06-30").contains("Tỉnh Đắk Nông"))
				.hasPathSatisfying("$.validPeriods[0].validTo", d -> assertThat(d).asString().isEqualTo("2025-06-30"));
	}

	@Test
	void aMalformedCodeIsA400NamingTheParameter() {
		assertBadParameter(mvc.get().uri("/api/units/6A8"), "code");
		assertBadParameter(mvc.get().uri("/api/units/1234"), "code");
		assertBadParameter(mvc.get().uri("/api/units/1234/successors"), "code");
	}

	@Test
	void anImpossibleDateIsA400NamingTheParameter() {
		assertBadParameter(mvc.get().uri("/api/units/68?at=2025-02-30"), "at");
		assertBadParameter(mvc.get().uri("/api/units/68/successors?asOf=30/06/2025"), "asOf");
		assertBadParameter(mvc.get().uri("/api/units/68/predecessors?before=2025-13-01"), "before");
	}

	@Test
	void aLevelThatDoesNotMatchTheCodeIsA400() {
		assertBadParameter(mvc.get().uri("/api/units/68?level=COMMUNE"), "level");
		assertBadParameter(mvc.get().uri("/api/units/68?level=TOWN"), "level");
	}

	@Test
	void asOfAfterAtIsA400() {
		assertBadParameter(mvc.get().uri("/api/units/15/successors?asOf=2025-07-01&at=2025-06-30"), "asOf");
		assertBadParameter(mvc.get().uri("/api/units/68/predecessors?at=2025-07-01&before=2026-01-01"), "before");
	}

	@Test
	void anEmptyOrOverlongQueryIsA400() {
		assertBadParameter(mvc.get().uri("/api/units/search?q="), "q");
		assertBadParameter(mvc.get().uri("/api/units/search"), "q");
		assertBadParameter(mvc.get().uri("/api/units/search?q=" + "a".repeat(201)), "q");
	}

	@Test
	void aLimitOutOfRangeIsA400() {
		assertBadParameter(mvc.get().uri("/api/units/search?q=hoa&limit=0"), "limit");
		assertBadParameter(mvc.get().uri("/api/units/search?q=hoa&limit=101"), "limit");
		assertBadParameter(mvc.get().uri("/api/units/search?q=hoa&limit=ten"), "limit");
	}

	@Test
	void aMalformedFilterCodeIsA400() {
		assertBadParameter(mvc.get().uri("/api/units?level=COMMUNE&province=7"), "province");
		assertBadParameter(mvc.get().uri("/api/units?level=COMMUNE&district=01"), "district");
	}

	@Test
	void successorsOfAnOldCodeOnTheLastDayBeforeTheReform() {
		assertThat(mvc.get().uri("/api/units/67/successors?asOf=2025-06-30&at=2025-07-01")).hasStatusOk().bodyJson()
				.hasPathSatisfying("$.unit.name", n -> assertThat(n).asString().isEqualTo("Đắk Nông"))
				.hasPathSatisfying("$.successors[0].unit.code", n -> assertThat(n).asString().isEqualTo("68"))
				.hasPathSatisfying("$.successors[0].relation", n -> assertThat(n).asString().isEqualTo("FULL"))
				.hasPathSatisfying("$.successors[0].path[0].legalBasis",
						n -> assertThat(n).asString().isEqualTo("Nghị quyết 202/2025/QH15"));
	}

	@Test
	void predecessorsHistoryChildrenAndSearchAnswer() {
		assertThat(mvc.get().uri("/api/units/68/predecessors")).hasStatusOk().bodyJson()
				.hasPathSatisfying("$.predecessors[*].unit.code",
						codes -> assertThat(codes).asList().containsExactlyInAnyOrder("60", "67", "68"));
		assertThat(mvc.get().uri("/api/units/15/history")).hasStatusOk().bodyJson()
				.hasPathSatisfying("$.versions[*].name",
						names -> assertThat(names).asList().containsExactly("Yên Bái", "Lào Cai"))
				.hasPathSatisfying("$.incoming[*].from.code", codes -> assertThat(codes).asList().contains("10", "15"));
		assertThat(mvc.get().uri("/api/units/001/children?at=2025-06-30")).hasStatusOk().bodyJson()
				.hasPathSatisfying("$.length()", n -> assertThat(n).asNumber().isEqualTo(13));
		assertThat(mvc.get().uri("/api/units/68/children")).hasStatusOk().bodyJson()
				.hasPathSatisfying("$[*].level", levels -> assertThat(levels).asList().containsOnly("COMMUNE"));
		assertThat(mvc.get().uri("/api/units/search").param("q", "dak nong").param("limit", "3")).hasStatusOk().bodyJson()
				.hasPathSatisfying("$[0].unit.fullName", n -> assertThat(n).asString().isEqualTo("Tỉnh Đắk Nông"))
				.hasPathSatisfying("$[0].match", n -> assertThat(n).asString().isEqualTo("EXACT_IGNORING_DIACRITICS"));
	}

	@Test
	void theApiIsPublicButOnlyForReading() {
		assertThat(mvc.get().uri("/api/units/68")).hasStatusOk();
		assertThat(mvc.post().uri("/api/units/68")).hasStatus4xxClientError();
	}

	@Test
	void theApiIsDescribedInTheOpenApiDocument() {
		assertThat(mvc.get().uri("/v3/api-docs")).hasStatusOk().bodyJson()
				.hasPathSatisfying("$.paths['/api/units/{code}/successors'].get.summary",
						s -> assertThat(s).asString().isNotBlank())
				.hasPathSatisfying("$.paths['/api/units/search'].get.parameters[*].name",
						p -> assertThat(p).asList().contains("q", "at", "level", "limit"));
	}

	private static void assertBadParameter(MockMvcTester.MockMvcRequestBuilder request, String parameter) {
		MvcTestResult result = request.exchange();
		assertThat(result).hasStatus(400)
				.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
				.bodyJson()
				.hasPathSatisfying("$.parameter", p -> assertThat(p).asString().isEqualTo(parameter))
				.hasPathSatisfying("$.detail", d -> assertThat(d).asString().isNotBlank());
	}
}
