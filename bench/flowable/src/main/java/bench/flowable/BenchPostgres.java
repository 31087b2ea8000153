package bench.flowable;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The one PostgreSQL both engines use in a run: the same embedded PostgreSQL 18 binaries and settings as the
 * platform's own embedded server ({@code EmbeddedDatabaseServer}: fsync, synchronous commit and full page
 * writes on, 200 connections, UTC), started once for the whole run with a database per engine
 * ({@code thongsuot}, {@code flowable}). Prints {@code ready} and runs until it is terminated (zonky's
 * shutdown hook then stops the server). Arguments: DATA_DIRECTORY PORT [profile] (profile: pg_stat_statements
 * loaded).
 */
public final class BenchPostgres {

	private BenchPostgres() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length < 2 || args.length > 3 || (args.length == 3 && !args[2].equals("profile"))) {
			System.err.println("usage: BenchPostgres DATA_DIRECTORY PORT [profile]");
			System.exit(2);
		}
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
		if (args.length == 3) {
			// statement statistics for StatementProfile: a small cost on both sides, so only when asked
			builder.setServerConfig("shared_preload_libraries", "pg_stat_statements");
		}
		EmbeddedPostgres postgres = builder
				.setDataDirectory(Path.of(args[0]))
				.setCleanDataDirectory(false)
				.setPort(Integer.parseInt(args[1]))
				.setServerConfig("fsync", "on")
				.setServerConfig("synchronous_commit", "on")
				.setServerConfig("full_page_writes", "on")
				.setServerConfig("max_connections", "200")
				.setServerConfig("timezone", "UTC")
				.setLocaleConfig("encoding", "UTF8")
				.start();
		try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
			s.execute("CREATE DATABASE thongsuot");
			s.execute("CREATE DATABASE flowable");
		}
		System.out.println("ready");
		System.out.flush();
		Thread.currentThread().join();
	}
}
