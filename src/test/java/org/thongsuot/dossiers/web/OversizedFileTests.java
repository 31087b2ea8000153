package org.thongsuot.dossiers.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.thongsuot.dossiers.DossierFixture.PASSWORD;
import static org.thongsuot.dossiers.DossierFixture.PROCEDURE;
import static org.thongsuot.dossiers.DossierFixture.receipt;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.thongsuot.IntegrationTest;
import org.thongsuot.dossiers.DossierFixture;
import org.thongsuot.dossiers.DossierFixtures;
import tools.jackson.databind.json.JsonMapper;

/** A file over {@code thongsuot.dossiers.max-file-size} (10 MB) is refused with 413, and nothing is received. */
@IntegrationTest
class OversizedFileTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DossierFixtures fixtures;

	@Test
	void aFileOverTheLimitIsRefusedAndNothingIsReceived() {
		DossierFixture fixture = fixtures.get();
		byte[] big = Arrays.copyOf("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 10 * 1024 * 1024 + 1);
		long before = jdbc.sql("SELECT count(*) FROM dossier").query(Long.class).single();

		assertThat(mvc.post().uri("/api/dossiers").contentType(MediaType.APPLICATION_JSON)
				.content(json.writeValueAsString(receipt(PROCEDURE, fixture.communeA, "COUNTER", "068190001234",
						"to-khai.pdf", big)))
				.with(httpBasic("recv-a", PASSWORD))).hasStatus(413).bodyJson().satisfies(problem -> {
					assertThat(problem).extractingPath("$.code").isEqualTo("FILE_TOO_LARGE");
					assertThat(problem).extractingPath("$.parameter").isEqualTo("files[0]");
				});
		assertThat(jdbc.sql("SELECT count(*) FROM dossier").query(Long.class).single()).isEqualTo(before);
	}
}
