package org.thongsuot.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.thongsuot.IntegrationTest;

@IntegrationTest
class PlatformTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void healthReportsTheDatabase() {
		assertThat(mvc.get().uri("/actuator/health"))
				.hasStatusOk()
				.bodyJson()
				.extractingPath("$.components.db.status").isEqualTo("UP");
	}

	@Test
	void embeddedDatabaseIsDurable() {
		assertThat(jdbc.sql("show fsync").query(String.class).single()).isEqualTo("on");
		assertThat(jdbc.sql("show synchronous_commit").query(String.class).single()).isEqualTo("on");
	}

	@Test
	void apiIsDocumentedByOpenApi() {
		assertThat(mvc.get().uri("/v3/api-docs")).hasStatusOk().bodyJson().extractingPath("$.openapi").isNotNull();
	}

	@Test
	void homePageIsInVietnameseByDefault() {
		assertThat(mvc.get().uri("/")).hasStatusOk().bodyText()
				.contains("lang=\"vi\"")
				.contains("Chính quyền hai cấp");
	}

	@Test
	void languageSwitchShowsEnglish() {
		assertThat(mvc.get().uri("/?lang=en")).hasStatusOk().bodyText()
				.contains("lang=\"en\"")
				.contains("Two-level local government");
	}

	@Test
	void unknownApiPathIsAProblemNotAnHtmlPage() {
		assertThat(mvc.get().uri("/api/no-such-thing").header(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE))
				.hasStatus4xxClientError()
				.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
				.bodyJson().extractingPath("$.code").isNotNull();
	}

	@Test
	void anImpossibleDateIsRefusedAsNoSuchDay() {
		assertThat(mvc.get().uri("/api/units/68?at=2025-02-30"))
				.hasStatus(400)
				.bodyJson()
				.satisfies(json -> {
					json.assertThat().extractingPath("$.parameter").isEqualTo("at");
					json.assertThat().extractingPath("$.detail").asString().contains("2025-02-30").contains("không có trên lịch");
				});
	}

	@Test
	void constantsInParametersAreReadRegardlessOfCase() {
		assertThat(mvc.get().uri("/api/units?level=province")).hasStatusOk();
	}
}
