package org.thongsuot.portal.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.thongsuot.portal.ServiceCentre;
import org.thongsuot.portal.ServiceCentres;

/** The centres in PostgreSQL. */
@Repository
public class CentreRepository {

	private final JdbcClient jdbc;

	CentreRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<ServiceCentre> list() {
		return jdbc.sql("SELECT * FROM portal_service_centre ORDER BY level = 'COMMUNE', position, name, id")
				.query(CentreRepository::map).list();
	}

	public Optional<ServiceCentre> find(long id) {
		return jdbc.sql("SELECT * FROM portal_service_centre WHERE id = :id").param("id", id).query(CentreRepository::map)
				.optional();
	}

	public ServiceCentre save(Long id, ServiceCentres.Entry e, String actor) {
		Timestamp now = Timestamp.from(Instant.now());
		long saved = jdbc.sql(id == null ? """
				INSERT INTO portal_service_centre (name, level, unit_code, address, hotline, email, opening_hours, position, updated_at,
				  updated_by) VALUES (:name, :level, :unit, :address, :hotline, :email, :hours, :position, :now, :actor) RETURNING id"""
				: """
						UPDATE portal_service_centre SET name = :name, level = :level, unit_code = :unit, address = :address, hotline = :hotline,
						  email = :email, opening_hours = :hours, position = :position, updated_at = :now, updated_by = :actor
						WHERE id = :id RETURNING id""")
				.param("id", id).param("name", e.name().strip()).param("level", e.level()).param("unit", e.unitCode().strip())
				.param("address", e.address().strip()).param("hotline", e.hotline().strip())
				.param("email", blankToNull(e.email())).param("hours", blankToNull(e.openingHours()))
				.param("position", e.position() == null ? 0 : e.position()).param("now", now).param("actor", actor)
				.query(Long.class).single();
		return find(saved).orElseThrow();
	}

	public void delete(long id) {
		jdbc.sql("DELETE FROM portal_service_centre WHERE id = :id").param("id", id).update();
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private static ServiceCentre map(ResultSet rs, int n) throws SQLException {
		return new ServiceCentre(rs.getLong("id"), rs.getString("name"), rs.getString("level"), rs.getString("unit_code"), rs.getString("address"),
				rs.getString("hotline"), rs.getString("email"), rs.getString("opening_hours"), rs.getInt("position"),
				rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"));
	}
}
