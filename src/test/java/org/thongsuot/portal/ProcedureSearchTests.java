package org.thongsuot.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.thongsuot.IntegrationTest;
import org.thongsuot.procedures.ProcedureLevel;

/** Search as a citizen types it: without diacritics, in any case, with either tone placement. */
@IntegrationTest
class ProcedureSearchTests {

	@Autowired
	ProcedureSearch search;

	@Autowired
	MockMvcTester mvc;

	/** The index fills from the events of the first load, after the application started. */
	@BeforeEach
	void indexFilled() {
		awaitIndex(search);
	}

	static void awaitIndex(ProcedureSearch search) {
		Awaitility.await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
				.until(() -> search.count() >= 2642);
	}

	@Test
	void birthRegistrationTypedWithoutDiacriticsComesFirst() {
		SearchPage page = search.search("dang ky khai sinh", null, null, null, null, null, null);

		assertThat(page.items()).first().satisfies(hit -> {
			assertThat(hit.code()).isEqualTo("1.001193");
			assertThat(hit.name()).isEqualTo("Thủ tục đăng ký khai sinh");
			assertThat(hit.match()).isEqualTo(SearchHit.Match.EXACT_NAME);
		});
		assertThat(page.total()).isGreaterThan(10);
		assertThat(page.items()).extracting(SearchHit::name).allSatisfy(name -> assertThat(name).isNotBlank());
	}

	@Test
	void caseDiacriticsAndTonePlacementDoNotMatter() {
		String first = search.search("ĐĂNG KÝ KHAI SINH", null, null, null, null, null, null).items().get(0).code();
		String folded = search.search("Dang Ky Khai Sinh", null, null, null, null, null, null).items().get(0).code();
		// "Hoà" and "Hòa" are the same word written with the tone mark on a different vowel
		long hoa = search.search("hòa giải", null, null, null, null, null, null).total();
		long hoaOld = search.search("hoà giải", null, null, null, null, null, null).total();

		assertThat(first).isEqualTo("1.001193");
		assertThat(folded).isEqualTo("1.001193");
		assertThat(hoa).isPositive().isEqualTo(hoaOld);
	}

	@Test
	void theExactPhraseWithItsDiacriticsRanksAboveTheSamePhraseWithOthers() {
		SearchPage page = search.search("đăng ký lại khai sinh", null, null, null, null, null, null);

		assertThat(page.items()).first().satisfies(hit -> assertThat(hit.code()).isEqualTo("1.004884"));
		assertThat(page.items().get(0).match().ordinal()).isLessThanOrEqualTo(SearchHit.Match.EXACT_PHRASE.ordinal());
	}

	@Test
	void aTypoStillFindsTheProcedureByTrigrams() {
		SearchPage page = search.search("dang ki khai sinh", null, null, null, null, null, null);

		assertThat(page.items()).extracting(SearchHit::code).contains("1.001193");
	}

	@Test
	void filtersNarrowByFieldAndLevel() {
		SearchPage civil = search.search("khai sinh", "Hộ tịch", ProcedureLevel.COMMUNE, null, null, null, null);
		SearchPage ministry = search.search("khai sinh", "Hộ tịch", ProcedureLevel.MINISTRY, null, null, null, null);

		assertThat(civil.items()).isNotEmpty().allSatisfy(hit -> {
			assertThat(hit.field()).isEqualTo("Hộ tịch");
			assertThat(hit.levels()).contains(ProcedureLevel.COMMUNE);
		});
		assertThat(ministry.total()).isLessThan(civil.total());
	}

	@Test
	void aCodeFindsItsProcedure() {
		assertThat(search.search("1.001193", null, null, null, null, null, null).items()).singleElement()
				.satisfies(hit -> assertThat(hit.match()).isEqualTo(SearchHit.Match.EXACT_NAME));
	}

	@Test
	void theApiAnswersASearchWithRankedResults() {
		assertThat(mvc.get().uri("/api/procedures").param("q", "dang ky khai sinh").param("level", "COMMUNE"))
				.hasStatusOk()
				.bodyJson()
				.hasPathSatisfying("$.items[0].code", code -> assertThat(code).asString().isEqualTo("1.001193"))
				.hasPathSatisfying("$.total", total -> assertThat(total).asNumber().isNotNull());
	}

	@Test
	void theApiGivesTheVersionInForceOfAProcedure() {
		assertThat(mvc.get().uri("/api/procedures/1.001193"))
				.hasStatusOk()
				.bodyJson()
				.hasPathSatisfying("$.name", name -> assertThat(name).asString().isEqualTo("Thủ tục đăng ký khai sinh"))
				.hasPathSatisfying("$.version", v -> assertThat(v).asNumber().isEqualTo(1))
				.hasPathSatisfying("$.components[0].quantity", q -> assertThat(q).asString().endsWith("bản chính"))
				.hasPathSatisfying("$.raw.legalBasis", raw -> assertThat(raw).asString().contains("123/2015/NĐ-CP"));
	}

	@Test
	void badInputIsA400ProblemNamingTheParameter() {
		assertThat(mvc.get().uri("/api/procedures").param("level", "VILLAGE")).hasStatus(400).bodyJson()
				.hasPathSatisfying("$.parameter", p -> assertThat(p).asString().isEqualTo("level"))
				.hasPathSatisfying("$.code", c -> assertThat(c).asString().isEqualTo("INVALID_PARAMETER"));
		assertThat(mvc.get().uri("/api/procedures").param("online", "SOMETIMES")).hasStatus(400).bodyJson()
				.hasPathSatisfying("$.parameter", p -> assertThat(p).asString().isEqualTo("online"));
		assertThat(mvc.get().uri("/api/procedures").param("size", "5000")).hasStatus(400).bodyJson()
				.hasPathSatisfying("$.parameter", p -> assertThat(p).asString().isEqualTo("size"));
		assertThat(mvc.get().uri("/api/procedures").param("page", "abc")).hasStatus(400).bodyJson()
				.hasPathSatisfying("$.parameter", p -> assertThat(p).asString().isEqualTo("page"));
		assertThat(mvc.get().uri("/api/procedures").param("q", "x".repeat(201))).hasStatus(400).bodyJson()
				.hasPathSatisfying("$.parameter", p -> assertThat(p).asString().isEqualTo("q"));
		assertThat(mvc.get().uri("/api/procedures/1.001193").param("at", "2026-02-30")).hasStatus(400).bodyJson()
				.hasPathSatisfying("$.parameter", p -> assertThat(p).asString().isEqualTo("at"));
		assertThat(mvc.get().uri("/api/procedures/khai-sinh")).hasStatus(400).bodyJson()
				.hasPathSatisfying("$.parameter", p -> assertThat(p).asString().isEqualTo("code"));
		assertThat(mvc.get().uri("/api/procedures/9.999999")).hasStatus(404).bodyJson()
				.hasPathSatisfying("$.code", c -> assertThat(c).asString().isEqualTo("PROCEDURE_NOT_FOUND"));
		assertThat(mvc.get().uri("/api/procedures/1.001193").param("at", "2000-01-01")).hasStatus(404).bodyJson()
				.hasPathSatisfying("$.code", c -> assertThat(c).asString().isEqualTo("PROCEDURE_NOT_IN_FORCE"))
				.hasPathSatisfying("$.detail", d -> assertThat(d).asString().contains("2000-01-01"));
	}
}
