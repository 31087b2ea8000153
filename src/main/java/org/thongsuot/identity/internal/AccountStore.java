package org.thongsuot.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.thongsuot.identity.AccountKind;
import org.thongsuot.identity.AccountSummary;
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

	/** What a login needs of an account: its password hash, roles, kind and grants. */
	record Login(Accounts.Account account, Identity identity, List<Grant> grants) {
	}

	/**
	 * The account with its kind and grants in one statement: HTTP basic loads it on every API call, so
	 * one round trip instead of three is a measurable share of a dossier submission.
	 */
	Optional<Login> login(String username) {
		return jdbc.sql("""
				SELECT a.username, a.password_hash, a.display_name, a.roles, a.enabled, a.kind, a.citizen_id,
					ARRAY(SELECT g.role FROM identity_grant g WHERE g.username = a.username
						ORDER BY g.role, g.agency_id) AS grant_roles,
					ARRAY(SELECT g.agency_id FROM identity_grant g WHERE g.username = a.username
						ORDER BY g.role, g.agency_id) AS grant_agencies
				FROM identity_account a WHERE a.username = :u""")
				.param("u", username)
				.query((rs, n) -> {
					String[] roles = (String[]) rs.getArray("grant_roles").getArray();
					Long[] agencies = (Long[]) rs.getArray("grant_agencies").getArray();
					List<Grant> grants = new ArrayList<>(roles.length);
					for (int i = 0; i < roles.length; i++) {
						grants.add(new Grant(Role.valueOf(roles[i]), agencies[i]));
					}
					return new Login(new Accounts.Account(rs.getString("username"), rs.getString("password_hash"),
							rs.getString("display_name"),
							java.util.Arrays.stream((String[]) rs.getArray("roles").getArray()).map(Role::valueOf).toList(),
							rs.getBoolean("enabled")), new Identity(rs.getString("kind"), rs.getString("citizen_id")), grants);
				})
				.optional();
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

	/** Sets or clears an account's email (an official's work address, a citizen's own); says whether the account exists. */
	public boolean setEmail(String username, String email) {
		return jdbc.sql("UPDATE identity_account SET email = :e WHERE username = :u")
				.param("e", email).param("u", username).update() == 1;
	}

	/** The email of an enabled account, if it has one. */
	public java.util.Optional<String> email(String username) {
		return jdbc.sql("SELECT email FROM identity_account WHERE username = :u AND enabled AND email IS NOT NULL")
				.param("u", username).query(String.class).optional();
	}

	public boolean createCitizen(String username, String passwordHash, String displayName, String citizenId) {
		return jdbc.sql("""
				INSERT INTO identity_account (username, password_hash, display_name, kind, citizen_id)
				VALUES (:u, :h, :n, 'CITIZEN', :c) ON CONFLICT DO NOTHING""")
				.param("u", username).param("h", passwordHash).param("n", displayName).param("c", citizenId)
				.update() == 1;
	}

	/**
	 * Accounts whose username or display name contains the query (case-blind), officials first, with
	 * their grants; at most {@code limit}.
	 */
	public List<AccountSummary> accounts(String query, int limit) {
		String like = query == null || query.isBlank() ? "%" : "%" + escapeLike(query.strip().toLowerCase()) + "%";
		Map<String, Row> rows = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT username, display_name, kind, enabled, created_at, roles FROM identity_account
				WHERE username LIKE :q OR lower(display_name) LIKE :q
				ORDER BY kind DESC, username LIMIT :limit""")
			.param("q", like)
			.param("limit", limit)
			.query((rs, n) -> row(rs))
			.list()
			.forEach(row -> rows.put(row.username(), row));
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<String, List<Grant>> grants = new LinkedHashMap<>();
		jdbc.sql("SELECT username, role, agency_id FROM identity_grant WHERE username IN (:names) ORDER BY role, agency_id")
			.param("names", rows.keySet())
			.query(rs -> {
				grants.computeIfAbsent(rs.getString("username"), k -> new ArrayList<>())
					.add(new Grant(Role.valueOf(rs.getString("role")), (Long) rs.getObject("agency_id", Long.class)));
			});
		return rows.values().stream().map(row -> row.summary(grants.getOrDefault(row.username(), List.of()))).toList();
	}

	public Optional<AccountSummary> account(String username) {
		return jdbc.sql("SELECT username, display_name, kind, enabled, created_at, roles FROM identity_account WHERE username = :u")
			.param("u", username)
			.query((rs, n) -> row(rs))
			.optional()
			.map(row -> row.summary(grants(username)));
	}

	/** Replaces the grants; the account row is locked first so concurrent edits apply one after the other. */
	public void replaceGrants(String username, Collection<Grant> grants) {
		jdbc.sql("SELECT 1 FROM identity_account WHERE username = :u FOR UPDATE").param("u", username).query(Integer.class).optional();
		jdbc.sql("DELETE FROM identity_grant WHERE username = :u").param("u", username).update();
		for (Grant grant : grants) {
			jdbc.sql("INSERT INTO identity_grant (username, role, agency_id) VALUES (:u, :r, :a) ON CONFLICT DO NOTHING")
				.param("u", username).param("r", grant.role().name()).param("a", grant.agencyId()).update();
		}
	}

	public boolean setEnabled(String username, boolean enabled) {
		return jdbc.sql("UPDATE identity_account SET enabled = :e WHERE username = :u AND enabled <> :e")
			.param("u", username).param("e", enabled).update() == 1;
	}

	public void setPasswordHash(String username, String passwordHash) {
		jdbc.sql("UPDATE identity_account SET password_hash = :h WHERE username = :u")
			.param("u", username).param("h", passwordHash).update();
	}

	/** Enabled accounts that administer the whole province (the first administrator's role or a grant). */
	public long enabledProvinceAdministrators() {
		return jdbc.sql("""
				SELECT count(*) FROM identity_account a
				WHERE a.enabled AND ('ADMIN' = ANY (a.roles)
					OR EXISTS (SELECT 1 FROM identity_grant g WHERE g.username = a.username AND g.role = 'ADMIN' AND g.agency_id IS NULL))""")
			.query(Long.class)
			.single();
	}

	private record Row(String username, String displayName, AccountKind kind, boolean enabled,
			java.time.Instant createdAt, boolean platformAdmin) {

		AccountSummary summary(List<Grant> grants) {
			List<Grant> all = new ArrayList<>(grants);
			if (platformAdmin && !all.contains(Grant.provinceAdmin())) {
				all.add(0, Grant.provinceAdmin());
			}
			return new AccountSummary(username, displayName, kind, enabled, all, createdAt);
		}
	}

	private static Row row(ResultSet rs) throws SQLException {
		String[] roles = (String[]) rs.getArray("roles").getArray();
		return new Row(rs.getString("username"), rs.getString("display_name"), AccountKind.valueOf(rs.getString("kind")),
				rs.getBoolean("enabled"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
				List.of(roles).contains("ADMIN"));
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}
}
