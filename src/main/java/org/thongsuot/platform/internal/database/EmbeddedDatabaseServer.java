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
	private final DataDirectoryLock lock;

	private EmbeddedDatabaseServer(EmbeddedPostgres postgres, Path temporaryDirectory, DataDirectoryLock lock) {
		this.postgres = postgres;
		this.temporaryDirectory = temporaryDirectory;
		this.lock = lock;
	}

	static EmbeddedDatabaseServer start(EmbeddedDatabaseProperties properties) throws IOException {
		Path directory;
		Path temporary = null;
		DataDirectoryLock lock = null;
		if (properties.temporary()) {
			temporary = Files.createTempDirectory("thongsuot-pg-");
			directory = temporary.resolve("data");
		}
		else {
			directory = properties.path();
			Files.createDirectories(directory.getParent());
			// Only with the lock held is a running server on this directory known to be an orphan.
			lock = DataDirectoryLock.acquire(directory);
			OrphanedServer.on(directory).ifPresent(orphan -> orphan.stop(Duration.ofSeconds(30)));
		}
		long started = System.nanoTime();
		EmbeddedPostgres postgres;
		try {
			postgres = start(directory, properties);
		}
		catch (IOException | RuntimeException e) {
			if (lock != null) {
				lock.close();
			}
			throw e;
		}
		log.info("Embedded PostgreSQL ready on port {} with data in {} ({} ms)", postgres.getPort(),
				temporary == null ? directory : "a temporary directory", (System.nanoTime() - started) / 1_000_000);
		return new EmbeddedDatabaseServer(postgres, temporary, lock);
	}

	private static EmbeddedPostgres start(Path directory, EmbeddedDatabaseProperties properties) throws IOException {
		return EmbeddedPostgres.builder()
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
	}

	String jdbcUrl() {
		return postgres.getJdbcUrl(USER, DATABASE);
	}

	@Override
	public void close() throws IOException {
		try {
			postgres.close();
			if (temporaryDirectory != null) {
				FileSystemUtils.deleteRecursively(temporaryDirectory);
			}
		}
		finally {
			if (lock != null) {
				lock.close();
			}
		}
	}
}
