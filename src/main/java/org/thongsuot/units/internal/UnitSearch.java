package org.thongsuot.units.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.thongsuot.units.Level;
import org.thongsuot.units.MatchKind;
import org.thongsuot.units.UnitSearchHit;

/**
 * Name search over every version, current and past. The query is folded like the stored keys; a
 * candidate is any unit whose name or full name starts with the folded query or resembles it (pg_trgm
 * {@code %}, served by the GIN indexes). Ranked by match kind, then level (provinces first), then
 * similarity, then whether the unit is in force on {@code at} (or today), then name.
 *
 * <p>"Ba Đình, Hà Nội": everything after the first comma names the parent or province; each such part
 * must appear in the unit's folded context (its parent's and province's names).
 */
@Repository
public class UnitSearch {

	private final JdbcClient jdbc;

	UnitSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<UnitSearchHit> search(String query, LocalDate at, Level level, int limit, LocalDate today) {
		List<String> parts = Arrays.stream(query.split("[,;]")).map(String::strip).filter(p -> !p.isEmpty()).toList();
		String name = parts.isEmpty() ? query : parts.get(0);
		String key = VietnameseText.fold(name);
		if (key.isEmpty()) {
			return List.of();
		}
		List<String> context = parts.stream().skip(1).map(VietnameseText::fold).filter(p -> !p.isEmpty()).toList();
		StringBuilder sql = new StringBuilder("SELECT " + UnitRows.COLUMNS + """
				, CASE WHEN u.name_tone_key = :tone OR u.full_tone_key = :tone THEN 0
				       WHEN u.name_key = :key OR u.full_name_key = :key THEN 1
				       WHEN u.name_key LIKE :prefix OR u.full_name_key LIKE :prefix THEN 2
				       ELSE 3 END AS kind,
				  greatest(similarity(u.name_key, :key), similarity(u.full_name_key, :key)) AS similarity
				  FROM units_unit u
				 WHERE (u.name_key LIKE :prefix OR u.full_name_key LIKE :prefix
				        OR u.name_key % :key OR u.full_name_key % :key)""");
		if (at != null) {
			sql.append(" AND u.validity @> :at");
		}
		if (level != null) {
			sql.append(" AND u.level = :level");
		}
		for (int i = 0; i < context.size(); i++) {
			sql.append(" AND u.context_key LIKE :context").append(i);
		}
		sql.append("""
				 ORDER BY kind,
				          CASE WHEN kind < 3 THEN CASE u.level WHEN 'PROVINCE' THEN 0 WHEN 'DISTRICT' THEN 1 ELSE 2 END END,
				          similarity DESC,
				          u.validity @> CAST(:current AS date) DESC,
				          u.name_key, u.code, lower(u.validity) DESC NULLS LAST
				 LIMIT :limit""");
		JdbcClient.StatementSpec statement = jdbc.sql(sql.toString())
				.param("tone", VietnameseText.toneKey(name))
				.param("key", key)
				.param("prefix", escapeLike(key) + "%")
				.param("current", at == null ? today : at)
				.param("limit", limit);
		if (at != null) {
			statement = statement.param("at", at);
		}
		if (level != null) {
			statement = statement.param("level", level.name());
		}
		for (int i = 0; i < context.size(); i++) {
			statement = statement.param("context" + i, "%" + escapeLike(context.get(i)) + "%");
		}
		List<UnitSearchHit> hits = new ArrayList<>();
		statement.query(rs -> {
			hits.add(new UnitSearchHit(hits.size() + 1, MatchKind.values()[rs.getInt("kind")],
					Math.round(rs.getDouble("similarity") * 1000) / 1000.0, UnitRows.read(rs)));
		});
		return hits;
	}

	/** Folded keys hold only letters, digits and spaces, but stay safe if that ever changes. */
	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}
}
