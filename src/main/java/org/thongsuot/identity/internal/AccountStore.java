package org.thongsuot.identity.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.thongsuot.identity.Grant;
import org.thongsuot.identity.Role;

/** Account kinds, citizen ids and per-agency grants ({@code identity_grant}), beside {@link Accounts}. */
@Repository
public class AccountStore {

	private final JdbcClient jdbc;

	AccountStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Identity(String kind, String citizenId) {
	}

	Optional<Identity> identity(String username) {
		return jdbc.sql("SELECT kind, citizen_id FROM identity_account WHERE username = :u").param("u", username)
				.query(Identity.class).optional();
	}

	public List<Grant> grants(String username) {
		return jdbc.sql("SELECT role, agency_id FROM identity_grant WHERE username = :u ORDER BY role, agency_id")
				.param("u", username)
				.query((rs, n) -> new Grant(Role.valueOf(rs.getString("role")), (Long) rs.getObject("agency_id", Long.class)))
				.list();
	}

	public Optional<String> displayName(String username) {
		return jdbc.sql("SELECT display_name FROM identity_account WHERE username = :u").param("u", username)
				.query(String.class).optional();
	}

	public boolean createOfficial(String username, String passwordHash, String displayName, Collection<Grant> grants) {
		boolean created = jdbc.sql("""
				INSERT INTO identity_account (username, password_hash, display_name, kind)
				VALUES (:u, :h, :n, 'OFFICIAL') ON CONFLICT (username) DO NOTHING""")
				.param("u", username).param("h", passwordHash).param("n", displayName).update() == 1;
		if (created) {
			for (Grant grant : grants) {
				jdbc.sql("INSERT INTO identity_grant (username, role, agency_id) VALUES (:u, :r, :a)")
						.param("u", username).param("r", grant.role().name()).param("a", grant.agencyId()).update();
			}
		}
		return created;
	}

	/** The enabled officials holding {@code role} for the agency itself (province-wide grants excluded). */
	public List<org.thongsuot.identity.OfficialContact> holders(Role role, long agencyId) {
		return jdbc.sql("""
				SELECT a.username, a.display_name, a.email FROM identity_grant g
				JOIN identity_account a ON a.username = g.username
				WHERE g.agency_id = :agency AND g.role = :role AND a.enabled AND a.kind = 'OFFICIAL'
				ORDER BY a.username""")
				.param("agency", agencyId).param("role", role.name())
				.query(org.thongsuot.identity.OfficialContact.class).list();
	}

	/** Sets or clears an official's email; says whether the account exists. */
	public boolean setEmail(String username, String email) {
		return jdbc.sql("UPDATE identity_account SET email = :e WHERE username = :u AND kind = 'OFFICIAL'")
				.param("e", email).param("u", username).update() == 1;
	}

	public boolean createCitizen(String username, String passwordHash, String displayName, String citizenId) {
		return jdbc.sql("""
				INSERT INTO identity_account (username, password_hash, display_name, kind, citizen_id)
				VALUES (:u, :h, :n, 'CITIZEN', :c) ON CONFLICT DO NOTHING""")
				.param("u", username).param("h", passwordHash).param("n", displayName).param("c", citizenId)
				.update() == 1;
	}
}
