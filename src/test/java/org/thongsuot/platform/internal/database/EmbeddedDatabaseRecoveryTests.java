package org.thongsuot.platform.internal.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A start after {@code kill -9}: the JVM dies, the PostgreSQL it started lives on holding the data
 * directory, and the next start must stop it and come up with every committed row.
 */
class EmbeddedDatabaseRecoveryTests {

	@TempDir
	Path workspace;

	@Test
	void startAfterKillStopsTheOrphanedServerAndKeepsCommittedData() throws Exception {
		Path data = workspace.resolve("postgres");
		Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-cp", System.getProperty("java.class.path"), KilledServerChild.class.getName(), data.toString())
				.redirectErrorStream(true)
				.start();
		try (BufferedReader output = new BufferedReader(
				new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = output.readLine()) != null && !line.equals("READY")) {
				// the child's log, until it has committed its row
			}
			assertThat(line).as("the child JVM committed its row").isEqualTo("READY");
			child.destroyForcibly();
			assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
		}
		long orphanPid = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).strip());
		assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive)).as("PostgreSQL outlived its JVM")
				.contains(true);

		try (EmbeddedDatabaseServer restarted = EmbeddedDatabaseServer
				.start(new EmbeddedDatabaseProperties(data.toString(), 0, Duration.ofSeconds(60)));
				Connection connection = DriverManager.getConnection(restarted.jdbcUrl());
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT note FROM survivor")) {
			assertThat(rows.next()).isTrue();
			assertThat(rows.getString(1)).isEqualTo("committed before the kill");
			assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive).orElse(false))
					.as("the orphaned server was stopped").isFalse();
		}
	}

	@Test
	void aSecondInstanceOnTheSameDataDirectoryIsRefusedAndTheFirstKeepsItsServer() throws Exception {
		EmbeddedDatabaseProperties properties = new EmbeddedDatabaseProperties(workspace.resolve("shared").toString(), 0,
				Duration.ofSeconds(60));
		try (EmbeddedDatabaseServer first = EmbeddedDatabaseServer.start(properties)) {
			assertThatThrownBy(() -> EmbeddedDatabaseServer.start(properties))
					.isInstanceOf(IllegalStateException.class)
					.hasMessageContaining("in use by another running Thông Suốt");

			try (Connection connection = DriverManager.getConnection(first.jdbcUrl());
					Statement statement = connection.createStatement();
					ResultSet one = statement.executeQuery("SELECT 1")) {
				assertThat(one.next()).as("the first instance's server still answers").isTrue();
			}
		}
	}
}
