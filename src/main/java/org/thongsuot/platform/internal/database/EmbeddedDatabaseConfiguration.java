package org.thongsuot.platform.internal.database;

import java.io.IOException;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Without {@code spring.datasource.url} (or {@code SPRING_DATASOURCE_URL}) the platform needs no
 * database installed: it runs PostgreSQL itself, with its data in {@code ./data/postgres}.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabase.class)
class EmbeddedDatabaseConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedDatabaseServer embeddedDatabaseServer(EmbeddedDatabaseProperties properties) throws IOException {
		return EmbeddedDatabaseServer.start(properties);
	}

	/** Depends on the server, so Spring closes this pool before it stops the server. */
	@Bean
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource dataSource(EmbeddedDatabaseServer server) {
		return DataSourceBuilder.create()
				.type(HikariDataSource.class)
				.driverClassName("org.postgresql.Driver")
				.url(server.jdbcUrl())
				.username(EmbeddedDatabaseServer.USER)
				.build();
	}
}
