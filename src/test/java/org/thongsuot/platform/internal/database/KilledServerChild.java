package org.thongsuot.platform.internal.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;

/**
 * Run in a separate JVM by {@link EmbeddedDatabaseRecoveryTests}: starts the embedded server on a data
 * directory, commits a row, says so, and waits to be killed with SIGKILL.
 */
public final class KilledServerChild {

	public static void main(String[] args) throws Exception {
		EmbeddedDatabaseServer server = EmbeddedDatabaseServer
				.start(new EmbeddedDatabaseProperties(args[0], 0, Duration.ofSeconds(60)));
		try (Connection connection = DriverManager.getConnection(server.jdbcUrl());
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE IF NOT EXISTS survivor (note text)");
			statement.execute("INSERT INTO survivor VALUES ('committed before the kill')");
		}
		System.out.println("READY");
		System.out.flush();
		Thread.sleep(Long.MAX_VALUE);
	}
}
