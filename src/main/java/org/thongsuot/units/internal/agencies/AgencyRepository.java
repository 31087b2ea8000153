package org.thongsuot.units.internal.agencies;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.thongsuot.units.Agency;
import org.thongsuot.units.AgencyCode;
import org.thongsuot.units.AgencyKind;
import org.thongsuot.units.Level;
import org.thongsuot.units.internal.VietnameseText;

/** The {@code units_agency} table. */
@Repository
public class AgencyRepository {

	static final String COLUMNS = """
			a.id, a.code, a.name, a.name_en, a.unit_level, a.unit_code, a.kind, a.parent_id, a.valid_from, a.valid_to""";

	private final JdbcClient jdbc;

	AgencyRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Filters of {@link #list}; each may be null. */
	public record Filter(Level level, String unitCode, LocalDate day, String query, AgencyKind kind, int limit) {
	}

	public Optional<Agency> byId(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM units_agency a WHERE a.id = :id")
				.param("id", id)
				.query(AgencyRepository::agency)
				.optional();
	}

	/** Every agency that has had the code, oldest first (their periods never overlap). */
	public List<Agency> byCode(String code) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM units_agency a WHERE a.code = :code ORDER BY lower(a.validity) NULLS FIRST")
				.param("code", code)
				.query(AgencyRepository::agency)
				.list();
	}

	/**
	 * The agency the code denotes on the day: the one in existence then, else the last one before it (an
	 * old document's code), else the first one after it.
	 */
	public Optional<Agency> byCode(String code, LocalDate day) {
		return onDay(byCode(code), day);
	}

	static Optional<Agency> onDay(List<Agency> holders, LocalDate day) {
		Optional<Agency> then = holders.stream().filter(a -> a.validOn(day)).findFirst();
		if (then.isPresent()) {
			return then;
		}
		Optional<Agency> before = holders.stream().filter(a -> a.validTo() != null && a.validTo().isBefore(day))
				.reduce((first, second) -> second);
		return before.isPresent() ? before : holders.stream().findFirst();
	}

	/** The People's Committee of the unit on that day. */
	public Optional<Agency> committee(Level level, String unitCode, LocalDate day) {
		return jdbc.sql("SELECT " + COLUMNS + """
				 FROM units_agency a
				WHERE a.kind = 'PEOPLES_COMMITTEE' AND a.unit_level = :level AND a.unit_code = :code
				  AND a.validity @> :day""")
				.param("level", level.name())
				.param("code", unitCode)
				.param("day", day)
				.query(AgencyRepository::agency)
				.optional();
	}

	/**
	 * Agencies matching the filter. With a query, best match first: the folded name equal to the folded
	 * query, then ending with it (the unit's name), starting with it, containing it, resembling it; among
	 * equals, those containing the query as typed (with its diacritics) first. Without one: People's
	 * Committees first, then by name.
	 */
	public List<Agency> list(Filter filter) {
		StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM units_agency a WHERE TRUE");
		String key = filter.query() == null ? null : VietnameseText.fold(filter.query());
		if (filter.level() != null) {
			sql.append(" AND a.unit_level = :level");
		}
		if (filter.unitCode() != null) {
			sql.append(" AND a.unit_code = :unit");
		}
		if (filter.day() != null) {
			sql.append(" AND a.validity @> :day");
		}
		if (filter.kind() != null) {
			sql.append(" AND a.kind = :kind");
		}
		if (key != null) {
			sql.append(" ").append("""
					AND (a.name_key LIKE '%' || :key || '%' OR :key <% a.name_key)
					ORDER BY CASE WHEN a.name_key = :key THEN 0
					               WHEN a.name_key LIKE '% ' || :key THEN 1
					               WHEN a.name_key LIKE :key || '%' THEN 2
					               WHEN a.name_key LIKE '%' || :key || '%' THEN 3
					               ELSE 4 END,
					          CASE WHEN lower(a.name) LIKE '%' || :typed || '%' ESCAPE '\\' THEN 0 ELSE 1 END,
					          word_similarity(:key, a.name_key) DESC, a.name_key, a.id""");
		}
		else {
			sql.append(" ORDER BY a.kind <> 'PEOPLES_COMMITTEE', a.unit_level, a.name_key, a.valid_from NULLS FIRST, a.id");
		}
		sql.append(" LIMIT :limit");
		JdbcClient.StatementSpec statement = jdbc.sql(sql.toString()).param("limit", filter.limit());
		if (filter.level() != null) {
			statement = statement.param("level", filter.level().name());
		}
		if (filter.unitCode() != null) {
			statement = statement.param("unit", filter.unitCode());
		}
		if (filter.day() != null) {
			statement = statement.param("day", filter.day());
		}
		if (filter.kind() != null) {
			statement = statement.param("kind", filter.kind().name());
		}
		if (key != null) {
			statement = statement.param("key", key).param("typed", likeLiteral(filter.query()));
		}
		return statement.query(AgencyRepository::agency).list();
	}

	/**
	 * An agency of the kind in the unit whose folded name is {@code name}'s and whose period overlaps
	 * {@code [from, to]} ({@code to} null: open), if there is one.
	 */
	public Optional<Agency> sameName(Level level, String unitCode, AgencyKind kind, String name, LocalDate from,
			LocalDate to) {
		return jdbc.sql("SELECT " + COLUMNS + """
				 FROM units_agency a
				WHERE a.unit_level = :level AND a.unit_code = :unit AND a.kind = :kind AND a.name_key = :key
				  AND a.validity && daterange(:from, :to, '[]')
				ORDER BY a.id LIMIT 1""")
				.param("level", level.name())
				.param("unit", unitCode)
				.param("kind", kind.name())
				.param("key", VietnameseText.fold(name))
				.param("from", from)
				.param("to", to)
				.query(AgencyRepository::agency)
				.optional();
	}

	/** Creates an agency; returns its id. */
	public long insert(AgencyCode code, String name, String nameEn, Level level, String unitCode, AgencyKind kind,
			Long parentId, LocalDate validFrom, LocalDate validTo, String origin) {
		return jdbc.sql("""
				INSERT INTO units_agency (code, name, name_en, unit_level, unit_code, kind, parent_id, valid_from,
				                          valid_to, origin, name_key)
				VALUES (:code, :name, :nameEn, :level, :unit, :kind, :parent, :from, :to, :origin, :key)
				RETURNING id""")
				.param("code", code == null ? null : code.value())
				.param("name", name)
				.param("nameEn", nameEn)
				.param("level", level.name())
				.param("unit", unitCode)
				.param("kind", kind.name())
				.param("parent", parentId)
				.param("from", validFrom)
				.param("to", validTo)
				.param("origin", origin)
				.param("key", VietnameseText.fold(name))
				.query(Long.class)
				.single();
	}

	/** Sets the code, names, parent and dates of an agency. */
	public void update(long id, AgencyCode code, String name, String nameEn, Long parentId, LocalDate validFrom,
			LocalDate validTo) {
		jdbc.sql("""
				UPDATE units_agency
				   SET code = :code, name = :name, name_en = :nameEn, name_key = :key, parent_id = :parent,
				       valid_from = :from, valid_to = :to, updated_at = now()
				 WHERE id = :id""")
				.param("id", id)
				.param("code", code == null ? null : code.value())
				.param("name", name)
				.param("nameEn", nameEn)
				.param("key", VietnameseText.fold(name))
				.param("parent", parentId)
				.param("from", validFrom)
				.param("to", validTo)
				.update();
	}

	static Agency agency(ResultSet rs, int row) throws SQLException {
		String code = rs.getString("code");
		Long parent = rs.getObject("parent_id", Long.class);
		return new Agency(rs.getLong("id"), code == null ? null : AgencyCode.of(code), rs.getString("name"),
				rs.getString("name_en"),
				new Agency.UnitRef(Level.valueOf(rs.getString("unit_level")), rs.getString("unit_code")),
				AgencyKind.valueOf(rs.getString("kind")), parent, rs.getObject("valid_from", LocalDate.class),
				rs.getObject("valid_to", LocalDate.class));
	}

	/** The text lower-cased, NFC, with LIKE's wildcards escaped. */
	private static String likeLiteral(String text) {
		return VietnameseText.nfc(text.strip()).toLowerCase(java.util.Locale.ROOT)
				.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}
}
