package org.thongsuot.calendar.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.thongsuot.calendar.ArrangedDay;
import org.thongsuot.calendar.Arrangement;
import org.thongsuot.calendar.ArrangementDraft;
import org.thongsuot.calendar.DayKind;
import org.thongsuot.calendar.Occasion;

/** The arrangements in PostgreSQL (tables calendar_arrangement, calendar_arrangement_day, calendar_revision). */
@Repository
class ArrangementRepository implements ArrangementSource {

	private static final String SELECT = """
			SELECT a.id, a.year, a.occasion, a.source_document, a.source_issuer, a.source_date, a.source_note,
			       a.updated_at, d.day, d.kind, d.name_vi, d.name_en
			FROM calendar_arrangement a LEFT JOIN calendar_arrangement_day d ON d.arrangement_id = a.id
			""";

	private static final String ORDER = " ORDER BY a.year, a.occasion, a.id, d.day";

	private final JdbcClient jdbc;

	ArrangementRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Arrangement> around(int year) {
		return query(SELECT + " WHERE a.year BETWEEN :from AND :to" + ORDER, Map.of("from", year - 1, "to", year + 1));
	}

	@Override
	public long revision() {
		return jdbc.sql("SELECT revision FROM calendar_revision WHERE id = 1").query(Long.class).single();
	}

	List<Arrangement> ofYear(int year) {
		return query(SELECT + " WHERE a.year = :year" + ORDER, Map.of("year", year));
	}

	Optional<Arrangement> find(long id) {
		return query(SELECT + " WHERE a.id = :id" + ORDER, Map.of("id", id)).stream().findFirst();
	}

	boolean occasionTaken(int year, Occasion occasion, long exceptId) {
		return occasion != Occasion.OTHER && jdbc.sql("""
				SELECT count(*) FROM calendar_arrangement WHERE year = :year AND occasion = :occasion AND id <> :id
				""").param("year", year).param("occasion", occasion.name()).param("id", exceptId)
			.query(Long.class).single() > 0;
	}

	/** Of the given dates, those another arrangement already arranges. */
	List<LocalDate> datesTaken(Collection<LocalDate> dates, long exceptId) {
		if (dates.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT day FROM calendar_arrangement_day WHERE day IN (:days) AND arrangement_id <> :id ORDER BY day")
			.param("days", dates.stream().map(Date::valueOf).toList())
			.param("id", exceptId)
			.query((rs, n) -> rs.getDate(1).toLocalDate())
			.list();
	}

	long insert(ArrangementDraft draft) {
		long id = jdbc.sql("""
				INSERT INTO calendar_arrangement (year, occasion, source_document, source_issuer, source_date, source_note)
				VALUES (:year, :occasion, :document, :issuer, :date, :note) RETURNING id
				""").paramSource(header(draft)).query(Long.class).single();
		insertDays(id, draft.days());
		return id;
	}

	void update(long id, ArrangementDraft draft) {
		Map<String, Object> params = header(draft);
		params.put("id", id);
		jdbc.sql("""
				UPDATE calendar_arrangement SET year = :year, occasion = :occasion, source_document = :document,
				  source_issuer = :issuer, source_date = :date, source_note = :note, updated_at = now()
				WHERE id = :id
				""").paramSource(params).update();
		jdbc.sql("DELETE FROM calendar_arrangement_day WHERE arrangement_id = :id").param("id", id).update();
		insertDays(id, draft.days());
	}

	boolean delete(long id) {
		return jdbc.sql("DELETE FROM calendar_arrangement WHERE id = :id").param("id", id).update() > 0;
	}

	void bumpRevision() {
		jdbc.sql("UPDATE calendar_revision SET revision = revision + 1 WHERE id = 1").update();
	}

	private void insertDays(long id, List<ArrangedDay> days) {
		for (ArrangedDay day : days) {
			jdbc.sql("""
					INSERT INTO calendar_arrangement_day (arrangement_id, day, kind, name_vi, name_en)
					VALUES (:id, :day, :kind, :vi, :en)
					""").param("id", id).param("day", Date.valueOf(day.date())).param("kind", day.kind().name())
				.param("vi", day.nameVi()).param("en", day.nameEn()).update();
		}
	}

	private static Map<String, Object> header(ArrangementDraft draft) {
		Map<String, Object> params = new java.util.HashMap<>();
		params.put("year", draft.year());
		params.put("occasion", draft.occasion().name());
		params.put("document", draft.sourceDocument().trim());
		params.put("issuer", draft.sourceIssuer() == null ? "" : draft.sourceIssuer().trim());
		params.put("date", draft.sourceDate() == null ? null : Date.valueOf(draft.sourceDate()));
		params.put("note", draft.sourceNote());
		return params;
	}

	private List<Arrangement> query(String sql, Map<String, ?> params) {
		Map<Long, Row> rows = new LinkedHashMap<>();
		jdbc.sql(sql).params(params).query(rs -> {
			long id = rs.getLong("id");
			Row row = rows.get(id);
			if (row == null) {
				Date sourceDate = rs.getDate("source_date");
				Timestamp updated = rs.getTimestamp("updated_at");
				row = new Row(id, rs.getInt("year"), Occasion.valueOf(rs.getString("occasion")),
						rs.getString("source_document"), rs.getString("source_issuer"),
						sourceDate == null ? null : sourceDate.toLocalDate(), rs.getString("source_note"),
						updated.toInstant(), new ArrayList<>());
				rows.put(id, row);
			}
			Date day = rs.getDate("day");
			if (day != null) {
				row.days().add(new ArrangedDay(day.toLocalDate(), DayKind.valueOf(rs.getString("kind")),
						rs.getString("name_vi"), rs.getString("name_en")));
			}
		});
		return rows.values().stream().map(Row::toArrangement).toList();
	}

	private record Row(long id, int year, Occasion occasion, String document, String issuer, LocalDate date,
			String note, java.time.Instant updatedAt, List<ArrangedDay> days) {

		Arrangement toArrangement() {
			return new Arrangement(id, year, occasion, document, issuer, date, note, days, updatedAt);
		}
	}
}
