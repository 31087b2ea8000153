package org.thongsuot.procedures.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.thongsuot.IntegrationTest;
import org.thongsuot.procedures.CatalogueFiles;

/** The shipped catalogue at start: loaded once, skipped when unchanged, and a broken file stops the start loudly. */
@IntegrationTest
class CatalogueReferenceLoaderTests {

	@Autowired
	CatalogueReferenceLoader loader;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aSecondStartWithTheSameFilesLoadsNothing() {
		long versions = count();

		assertThat(loader.load(loader.read())).isNull();
		assertThat(count()).isEqualTo(versions);
	}

	@Test
	void aCorruptFileFailsWithTheFileAndLineAndLeavesTheDataIntact() {
		CatalogueFiles shipped = loader.read();
		String csv = new String(shipped.procedures(), StandardCharsets.UTF_8);
		// an unbalanced quote on line 3 (the second procedure) and a changed name on line 2
		int second = csv.indexOf('\n', csv.indexOf('\n') + 1) + 1;
		String corrupt = csv.substring(0, second).replace("Thủ tục hải quan", "Thủ tục hải quan (sửa)")
				+ "1.000010,\"Đánh giá" + csv.substring(csv.indexOf(',', second) + 1);
		long versions = count();

		assertThatThrownBy(() -> loader.load(new CatalogueFiles("classpath:broken/", corrupt.getBytes(StandardCharsets.UTF_8),
				shipped.channels(), shipped.fullRecords())))
				.isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("classpath:broken/")
				.hasMessageContaining("procedures.csv line 3, field -: the row cannot be read")
				.hasMessageNotContaining("procedure_channels.csv");
		assertThat(count()).isEqualTo(versions);
		assertThat(jdbc.sql("SELECT count(*) FROM procedures_version WHERE name LIKE '%(sửa)%'").query(Long.class).single())
				.isZero();
	}

	private long count() {
		return jdbc.sql("SELECT count(*) FROM procedures_version").query(Long.class).single();
	}
}
