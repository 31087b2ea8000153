package org.thongsuot.units.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

import org.thongsuot.units.Level;
import org.thongsuot.units.Unit;

/** The columns of a unit version and how a row becomes a {@link Unit}. */
final class UnitRows {

	/** The columns every query selects, for table alias {@code u}. */
	static final String COLUMNS = """
			u.id, u.level, u.code, u.type, u.type_code, u.name, u.full_name, u.name_en, u.full_name_en,
			u.parent_code, u.province_code, u.valid_from, u.valid_to, u.from_supplement""";

	private UnitRows() {
	}

	static Unit read(ResultSet rs) throws SQLException {
		return new Unit(Level.valueOf(rs.getString("level")), rs.getString("code"), rs.getString("type"),
				rs.getString("type_code"), rs.getString("name"), rs.getString("full_name"), rs.getString("name_en"),
				rs.getString("full_name_en"), rs.getString("parent_code"), rs.getString("province_code"),
				rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class),
				rs.getBoolean("from_supplement"));
	}

	static Unit unit(ResultSet rs, int row) throws SQLException {
		return read(rs);
	}
}
