package org.thongsuot.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.thongsuot.IntegrationTest;

/** Passwords are stored as bcrypt hashes (Spring Security's delegating encoder, its id in front), never in clear. */
@IntegrationTest
class PasswordStorageTests {

	@Autowired
	Officials officials;

	@Autowired
	JdbcClient jdbc;

	@Test
	void officialsAndCitizensPasswordsAreStoredAsBcryptHashes() {
		officials.createOfficial("hash-official", "mat-khau-can-bo-1", "Cán bộ thử", List.of());
		officials.createCitizen("hash-citizen", "mat-khau-cong-dan-1", "Công dân thử", "068190008888");

		for (String[] account : new String[][] { { "hash-official", "mat-khau-can-bo-1" },
				{ "hash-citizen", "mat-khau-cong-dan-1" } }) {
			String stored = jdbc.sql("SELECT password_hash FROM identity_account WHERE username = :u")
					.param("u", account[0]).query(String.class).single();
			assertThat(stored).startsWith("{bcrypt}$2").doesNotContain(account[1]);
		}
	}
}
