package org.thongsuot.platform.internal.database;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * The PostgreSQL server the application runs itself when no external database is configured.
 *
 * <p>zonky's defaults are tuned for throw-away test databases (fsync and synchronous commit off); a
 * platform that acknowledges a dossier must not lose it on a power cut, so durability is switched back on.
 */
final class EmbeddedDatabaseServer implements Closeable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseServer.class);

	static final String DATABASE = "postgres";
	static final String USER = "postgres";

	private final EmbeddedPostgres postgres;
	private final Path temporaryDirectory;

	private EmbeddedDatabaseServer(EmbeddedPostgres postgres, Path temporaryDirectory) {
		this.postgres = postgres;
		this.temporaryDirectory = temporaryDirectory;
	}

	static EmbeddedDatabaseServer start(EmbeddedDatabaseProperties properties) throws IOException {
		Path directory;
		Path temporary = null;
		if (properties.temporary()) {
			temporary = Files.createTempDirectory("thongsuot-pg-");
			directory = temporary.resolve("data");
		}
		else {
			directory = properties.path();
			Files.createDirectories(directory.getParent());
			OrphanedServer.on(directory).ifPresent(orphan -> orphan.stop(Duration.ofSeconds(30)));
		}
		long started = System.nanoTime();
		EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(directory)
				.setCleanDataDirectory(false)
				// Spring closes the DataSource first and this server last; zonky's own hook would race it.
				.setRegisterShutdownHook(false)
				.setPort(properties.port())
				.setPGStartupWait(properties.startupWait())
				.setServerConfig("fsync", "on")
				.setServerConfig("synchronous_commit", "on")
				.setServerConfig("full_page_writes", "on")
				.setServerConfig("max_connections", "200")
				.setServerConfig("timezone", "UTC")
				.setLocaleConfig("encoding", "UTF8")
				.start();
		log.info("Embedded PostgreSQL ready on port {} with data in {} ({} ms)", postgres.getPort(),
				temporary == null ? directory : "a temporary directory", (System.nanoTime() - started) / 1_000_000);
		return new EmbeddedDatabaseServer(postgres, temporary);
	}

	String jdbcUrl() {
		return postgres.getJdbcUrl(USER, DATABASE);
	}

	@Override
	public void close() throws IOException {
		postgres.close();
		if (temporaryDirectory != null) {
			FileSystemUtils.deleteRecursively(temporaryDirectory);
		}
	}
}
