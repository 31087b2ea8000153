package org.thongsuot.units.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.thongsuot.IntegrationTest;
import org.thongsuot.units.Relation;

/**
 * The loader, fed directly: the shipped files load once and only once; a broken copy fails with its file
 * and line and leaves the stored data as it was; a changed copy replaces the data in one transaction.
 */
@IntegrationTest
class ReferenceDataLoaderTests {

	@Autowired
	ReferenceDataLoader loader;

	@Autowired
	ResourceLoader resources;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UnitQueries units;

	@Test
	void loadingTheShippedDataAgainChangesNothing() {
		Snapshot before = snapshot();

		assertThat(loader.load(shipped())).isEqualTo(ReferenceDataLoader.Outcome.UNCHANGED);

		assertThat(snapshot()).isEqualTo(before);
		assertThat(before.checksum()).isEqualTo(shipped().checksum());
		assertThat(before.units()).isEqualTo(14_172);
	}

	@Test
	void aRowWithAFieldMissingFailsWithItsFileAndLineAndChangesNothing() {
		Snapshot before = snapshot();
		ReferenceFiles broken = replaceLine(ReferenceFiles.WARDS_PRE2025, 101, "09999,Broken,Xã Broken,xã");

		assertThatThrownBy(() -> loader.load(broken)).isInstanceOf(ReferenceDataException.class)
				.hasMessageContaining("wards_pre2025.csv line 101");
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void aMissingColumnFailsNamingTheColumn() {
		ReferenceFiles broken = replaceLine(ReferenceFiles.DISTRICTS_PRE2025, 1,
				"code,name,full_name,type,type_code,province_full_name,name_en,full_name_en,code_name");

		assertThatThrownBy(() -> loader.load(broken)).isInstanceOf(ReferenceDataException.class)
				.hasMessageContaining("districts_pre2025.csv line 1").hasMessageContaining("province_code");
	}

	@Test
	void aDanglingReferenceFailsWithItsFileAndLine() {
		Snapshot before = snapshot();
		String line = line(ReferenceFiles.WARD_MAPPING, 2).replace(",00097,", ",99998,");
		ReferenceFiles broken = replaceLine(ReferenceFiles.WARD_MAPPING, 2, line);

		assertThatThrownBy(() -> loader.load(broken)).isInstanceOf(ReferenceDataException.class)
				.hasMessageContaining("ward_old_to_new.csv line 2").hasMessageContaining("99998");
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void aMalformedCodeOrDateOrUnknownRelationFails() {
		assertThatThrownBy(() -> loader.load(replaceLine(ReferenceFiles.PROVINCES_2025, 3,
				line(ReferenceFiles.PROVINCES_2025, 3).replaceFirst("^04,", "4,"))))
				.hasMessageContaining("provinces_2025-07-01.csv line 3").hasMessageContaining("2-digit");
		assertThatThrownBy(() -> loader.load(replaceLine(ReferenceFiles.CHANGES, 2,
				line(ReferenceFiles.CHANGES, 2).replace("2026-04-30", "2026-04-31"))))
				.hasMessageContaining("changes_after_2025-07-01.csv line 2").hasMessageContaining("2026-04-31");
		assertThatThrownBy(() -> loader.load(replaceLine(ReferenceFiles.WARD_MAPPING, 2,
				line(ReferenceFiles.WARD_MAPPING, 2).replace(",FULL,", ",SWALLOWED,"))))
				.hasMessageContaining("ward_old_to_new.csv line 2").hasMessageContaining("SWALLOWED");
	}

	@Test
	void aFileCutShortFailsBecauseUnitsLoseTheirSuccessors() {
		byte[] mapping = shipped().get(ReferenceFiles.PROVINCE_MAPPING);
		String text = new String(mapping, StandardCharsets.UTF_8);
		ReferenceFiles truncated = shipped().with(ReferenceFiles.PROVINCE_MAPPING,
				text.substring(0, text.length() / 2).getBytes(StandardCharsets.UTF_8));

		assertThatThrownBy(() -> loader.load(truncated)).isInstanceOf(ReferenceDataException.class)
				.hasMessageContaining("province_old_to_new.csv");
	}

	@Test
	void aFailureWhileStoringRollsBackEverything() {
		Snapshot before = snapshot();
		Dataset good = ReferenceDataParser.parse(shipped());
		List<LineageEdge> edges = new ArrayList<>(good.edges());
		// An edge to a version that does not exist: the database refuses it after the units went in.
		edges.add(new LineageEdge(1, 999_999, Relation.FULL, LocalDate.of(2025, 7, 1), null, null, "test"));
		Dataset bad = new Dataset(good.units(), edges, good.contexts(), good.summary());

		assertThatThrownBy(() -> loader.store(bad, "a-different-checksum"))
				.isInstanceOf(ReferenceDataException.class);
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void aChangedDatasetReplacesTheDataAndTheShippedOneRestoresIt() {
		Snapshot before = snapshot();
		String line = line(ReferenceFiles.PROVINCES_PRE2025, 2);
		ReferenceFiles changed = replaceLine(ReferenceFiles.PROVINCES_PRE2025, 2,
				line.replace("Ha Noi City", "Hanoi City"));
		try {
			assertThat(loader.load(changed)).isEqualTo(ReferenceDataLoader.Outcome.LOADED);
			assertThat(loader.storedChecksum()).contains(changed.checksum());
			assertThat(units.valid(org.thongsuot.units.Level.PROVINCE, "01", LocalDate.of(2025, 6, 30)))
					.hasValueSatisfying(u -> assertThat(u.fullNameEn()).isEqualTo("Hanoi City"));
			assertThat(snapshot().units()).isEqualTo(before.units());
		}
		finally {
			assertThat(loader.load(shipped())).isEqualTo(ReferenceDataLoader.Outcome.LOADED);
		}
		assertThat(snapshot()).isEqualTo(before);
	}

	private ReferenceFiles shipped;

	private ReferenceFiles shipped() {
		if (shipped == null) {
			shipped = ReferenceFiles.read(resources, "classpath:reference-data/units/");
		}
		return shipped;
	}

	private String line(String file, int number) {
		return new String(shipped().get(file), StandardCharsets.UTF_8).split("\n", -1)[number - 1];
	}

	private ReferenceFiles replaceLine(String file, int number, String replacement) {
		String[] lines = new String(shipped().get(file), StandardCharsets.UTF_8).split("\n", -1);
		lines[number - 1] = replacement;
		return shipped().with(file, String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
	}

	/** Row counts, the stored checksum and a digest of every stored row. */
	private Snapshot snapshot() {
		return jdbc.sql("""
				SELECT (SELECT count(*) FROM units_unit) AS units,
				       (SELECT count(*) FROM units_lineage) AS edges,
				       (SELECT checksum FROM units_dataset WHERE name = 'units-reference') AS checksum,
				       (SELECT md5(string_agg(u::text, '|' ORDER BY u.id)) FROM units_unit u) AS unit_digest,
				       (SELECT md5(string_agg(l::text, '|' ORDER BY l.from_id, l.to_id)) FROM units_lineage l) AS edge_digest""")
				.query((rs, n) -> new Snapshot(rs.getLong("units"), rs.getLong("edges"), rs.getString("checksum"),
						rs.getString("unit_digest"), rs.getString("edge_digest")))
				.single();
	}

	record Snapshot(long units, long edges, String checksum, String unitDigest, String edgeDigest) {
	}
}
