package org.thongsuot.identity.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.thongsuot.identity.Role;

/** Officials' accounts in the {@code identity_account} table. */
@Repository
class Accounts {

	private final JdbcClient jdbc;

	Accounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Account(String username, String passwordHash, String displayName, List<Role> roles, boolean enabled) {
	}

	Optional<Account> find(String username) {
		return jdbc.sql("""
				SELECT username, password_hash, display_name, roles, enabled
				FROM identity_account WHERE username = :username""")
				.param("username", username)
				.query((rs, n) -> new Account(rs.getString("username"), rs.getString("password_hash"),
						rs.getString("display_name"),
						Arrays.stream((String[]) rs.getArray("roles").getArray()).map(Role::valueOf).toList(),
						rs.getBoolean("enabled")))
				.optional();
	}

	boolean anyWithRole(Role role) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM identity_account WHERE :role = ANY (roles) AND enabled)")
				.param("role", role.name())
				.query(Boolean.class)
				.single();
	}

	/** Creates the account unless one of that name exists; says whether it did. */
	boolean create(String username, String passwordHash, String displayName, List<Role> roles) {
		return jdbc.sql("""
				INSERT INTO identity_account (username, password_hash, display_name, roles)
				VALUES (:username, :hash, :name, :roles::text[])
				ON CONFLICT (username) DO NOTHING""")
				.param("username", username)
				.param("hash", passwordHash)
				.param("name", displayName)
				.param("roles", "{" + String.join(",", roles.stream().map(Role::name).toList()) + "}")
				.update() == 1;
	}
}
