package org.thongsuot.platform.internal.database;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL.
 *
 * @param dataDirectory where the cluster lives; blank means a throw-away directory deleted at shutdown
 *                      (what tests use)
 * @param port          0 picks a free port, so several instances on one machine never collide
 * @param startupWait   how long to wait for the server to accept connections
 */
@ConfigurationProperties("thongsuot.database.embedded")
record EmbeddedDatabaseProperties(
		@DefaultValue("./data/postgres") String dataDirectory,
		@DefaultValue("0") int port,
		@DefaultValue("60s") Duration startupWait) {

	boolean temporary() {
		return dataDirectory == null || dataDirectory.isBlank();
	}

	Path path() {
		return Path.of(dataDirectory).toAbsolutePath().normalize();
	}
}
