package org.thongsuot.units.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.util.function.SingletonSupplier;
import org.thongsuot.units.Level;
import org.thongsuot.units.Unit;

/** Reads unit versions: one by code and day, lists, children, all versions of a code. */
@Repository
public class UnitQueries {

	private final JdbcClient jdbc;
	/** ORDER BY for names: Vietnamese collation when PostgreSQL has ICU, else the folded name. */
	private final Supplier<String> nameOrder;

	UnitQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.nameOrder = SingletonSupplier.of(this::detectNameOrder);
	}

	public Optional<Unit> valid(Level level, String code, LocalDate day) {
		return jdbc.sql("SELECT " + UnitRows.COLUMNS + """
				 FROM units_unit u
				WHERE u.level = :level AND u.code = :code AND u.validity @> :day""")
				.param("level", level.name())
				.param("code", code)
				.param("day", day)
				.query(UnitRows::unit)
				.optional();
	}

	/** Every version of the code, oldest first. */
	public List<Unit> versions(Level level, String code) {
		return jdbc.sql("SELECT " + UnitRows.COLUMNS + """
				 FROM units_unit u
				WHERE u.level = :level AND u.code = :code
				ORDER BY lower(u.validity) NULLS FIRST""")
				.param("level", level.name())
				.param("code", code)
				.query(UnitRows::unit)
				.list();
	}

	public List<Unit> list(Level level, String provinceCode, String districtCode, LocalDate day) {
		StringBuilder sql = new StringBuilder("SELECT " + UnitRows.COLUMNS + """
				 FROM units_unit u
				WHERE u.level = :level AND u.validity @> :day""");
		if (provinceCode != null) {
			sql.append(" AND u.province_code = :province");
		}
		if (districtCode != null) {
			sql.append(" AND u.parent_code = :district");
		}
		sql.append(" ORDER BY ").append(nameOrder.get());
		JdbcClient.StatementSpec statement = jdbc.sql(sql.toString())
				.param("level", level.name())
				.param("day", day);
		if (provinceCode != null) {
			statement = statement.param("province", provinceCode);
		}
		if (districtCode != null) {
			statement = statement.param("district", districtCode);
		}
		return statement.query(UnitRows::unit).list();
	}

	/** The units whose parent is the given unit on that day (a province's districts or communes, a district's communes). */
	public List<Unit> children(Unit parent, LocalDate day) {
		return jdbc.sql("SELECT " + UnitRows.COLUMNS + """
				 FROM units_unit u
				WHERE u.parent_code = :code AND u.level <> :level AND u.validity @> :day""" + " ORDER BY " + nameOrder.get())
				.param("code", parent.code())
				.param("level", parent.level().name())
				.param("day", day)
				.query(UnitRows::unit)
				.list();
	}

	private String detectNameOrder() {
		boolean icu = jdbc.sql("SELECT EXISTS (SELECT 1 FROM pg_collation WHERE collname = 'vi-x-icu')")
				.query(Boolean.class)
				.single();
		return icu ? "u.name COLLATE \"vi-x-icu\", u.code" : "u.name_key, u.name, u.code";
	}
}
