package org.thongsuot.units.internal;

import java.time.OffsetDateTime;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the units reference data when the application starts, before it serves requests: skipped when the
 * stored checksum equals the files' checksum; otherwise parsed and checked completely, then stored as a
 * full replace in one transaction. A bad file stops the start with its name and line and leaves the data
 * already stored untouched. Several nodes starting at once take turns on an advisory lock.
 */
@Component
class ReferenceDataLoader implements SmartInitializingSingleton {

	static final String DATASET = "units-reference";

	private static final Logger log = LoggerFactory.getLogger(ReferenceDataLoader.class);

	private final JdbcClient jdbc;
	private final DatasetWriter writer;
	private final TransactionTemplate transaction;
	private final ResourceLoader resources;
	private final UnitsProperties properties;

	ReferenceDataLoader(JdbcClient jdbc, DatasetWriter writer, TransactionTemplate transaction,
			ResourceLoader resources, UnitsProperties properties) {
		this.jdbc = jdbc;
		this.writer = writer;
		this.transaction = transaction;
		this.resources = resources;
		this.properties = properties;
	}

	enum Outcome {
		UNCHANGED, LOADED
	}

	@Override
	public void afterSingletonsInstantiated() {
		load(ReferenceFiles.read(resources, properties.referenceData()));
	}

	Outcome load(ReferenceFiles files) {
		long started = System.nanoTime();
		String checksum = files.checksum();
		if (checksum.equals(storedChecksum().orElse(null))) {
			log.info("Units reference data unchanged (sha-256 {}), nothing to load; checked in {} ms",
					checksum.substring(0, 12), (System.nanoTime() - started) / 1_000_000);
			return Outcome.UNCHANGED;
		}
		Dataset dataset = ReferenceDataParser.parse(files);
		long parsed = System.nanoTime();
		Outcome outcome = store(dataset, checksum);
		if (outcome == Outcome.LOADED) {
			log.info("Units reference data loaded from {} in {} ms (read and checked in {} ms, stored in {} ms; "
					+ "sha-256 {}): {}", files.location(), (System.nanoTime() - started) / 1_000_000,
					(parsed - started) / 1_000_000, (System.nanoTime() - parsed) / 1_000_000, checksum.substring(0, 12),
					dataset.summary());
		}
		return outcome;
	}

	/** Replaces the stored data with the dataset and records its checksum, all in one transaction. */
	Outcome store(Dataset dataset, String checksum) {
		return transaction.execute(status -> {
			jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('units_reference_data'))").query(rs -> {
			});
			if (checksum.equals(storedChecksum().orElse(null))) {
				return Outcome.UNCHANGED; // another node loaded it while this one waited for the lock
			}
			writer.replace(dataset);
			jdbc.sql("""
					INSERT INTO units_dataset (name, checksum, loaded_at, summary)
					VALUES (:name, :checksum, :now, :summary)
					ON CONFLICT (name) DO UPDATE
					  SET checksum = excluded.checksum, loaded_at = excluded.loaded_at, summary = excluded.summary""")
					.param("name", DATASET)
					.param("checksum", checksum)
					.param("now", OffsetDateTime.now())
					.param("summary", dataset.summary())
					.update();
			return Outcome.LOADED;
		});
	}

	Optional<String> storedChecksum() {
		return jdbc.sql("SELECT checksum FROM units_dataset WHERE name = :name")
				.param("name", DATASET)
				.query(String.class)
				.optional();
	}
}
