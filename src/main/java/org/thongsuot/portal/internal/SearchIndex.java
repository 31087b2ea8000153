package org.thongsuot.portal.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.thongsuot.portal.SearchHit;
import org.thongsuot.portal.SearchHit.Match;
import org.thongsuot.portal.SearchPage;
import org.thongsuot.procedures.OnlineLevel;
import org.thongsuot.procedures.ProcedureLevel;
import org.thongsuot.procedures.ProcedureVersion;

/**
 * The portal's search index: one row per published version of a procedure, with its period of force and
 * its folded texts. Ranking: the exact name, then the exact phrase with its diacritics (tone placement
 * ignored), the phrase without diacritics, all the words, word prefixes, and last a trigram (fuzzy) match
 * of the name; within a phrase match the shorter name first, else the full-text rank.
 */
@Repository
public class SearchIndex {

	public static final int MAX_WORDS = 12;

	private final JdbcClient jdbc;

	SearchIndex(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Replaces the rows of one procedure with its published versions (idempotent, so a redelivery is harmless). */
	@Transactional
	public void replace(String code, List<ProcedureVersion> versions, Instant now) {
		jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('portal_procedure:' || :code))").param("code", code)
				.query(rs -> {
				});
		jdbc.sql("DELETE FROM portal_procedure WHERE code = :code").param("code", code).update();
		for (ProcedureVersion v : versions) {
			if (v.validFrom() == null || (v.validTo() != null && !v.validTo().isAfter(v.validFrom()))) {
				continue; // never in force
			}
			String folded = VietnameseText.fold(v.name());
			String core = folded.startsWith("thu tuc ") ? folded.substring("thu tuc ".length()) : folded;
			String field = VietnameseText.fold(v.field());
			String other = VietnameseText.fold(v.subjects() + " " + v.competentAuthority() + " " + v.ministry());
			jdbc.sql("""
					INSERT INTO portal_procedure (version_id, code, version, valid_from, valid_to, name, field, ministry, levels,
					  online_level, time_text, name_folded, name_core, name_key, field_folded, document, indexed_at)
					VALUES (:id, :code, :version, :from, :to, :name, :field, :ministry, string_to_array(:levels, ','), :online,
					  :time, :folded, :core, :key, :fieldFolded,
					  setweight(to_tsvector('simple', :folded), 'A') || setweight(to_tsvector('simple', :fieldFolded), 'B')
					  || setweight(to_tsvector('simple', :other), 'D'), :now)""")
					.param("id", v.id()).param("code", v.code()).param("version", v.version())
					.param("from", v.validFrom()).param("to", v.validTo()).param("name", v.name())
					.param("field", v.field()).param("ministry", v.ministry())
					.param("levels", v.levels().stream().map(Enum::name).collect(Collectors.joining(",")))
					.param("online", v.onlineLevel() == null ? null : v.onlineLevel().name())
					.param("time", v.processingTime() == null ? "" : v.processingTime().text())
					.param("folded", folded).param("core", core).param("key", VietnameseText.toneKey(v.name()))
					.param("fieldFolded", field).param("other", other).param("now", Timestamp.from(now)).update();
		}
	}

	/** How many procedures the index holds in force on a day. */
	public long count(LocalDate day) {
		return jdbc.sql("""
				SELECT count(*) FROM portal_procedure WHERE valid_from <= :day AND (valid_to IS NULL OR valid_to > :day)""")
				.param("day", day).query(Long.class).single();
	}

	/** The fields of the procedures in force, with how many each holds, by name. */
	public Map<String, Long> fields(LocalDate day) {
		Map<String, Long> fields = new java.util.TreeMap<>(java.text.Collator.getInstance(java.util.Locale.forLanguageTag("vi")));
		jdbc.sql("""
				SELECT field, count(*) FROM portal_procedure WHERE valid_from <= :day AND (valid_to IS NULL OR valid_to > :day)
				GROUP BY field""").param("day", day)
				.query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list()
				.forEach(e -> fields.put(e.getKey(), e.getValue()));
		return fields;
	}

	/** The filters of a search; any may be null. */
	public record Filters(String field, ProcedureLevel level, OnlineLevel online) {
	}

	public SearchPage search(String query, Filters filters, LocalDate day, int page, int size) {
		String folded = VietnameseText.fold(query);
		List<String> words = VietnameseText.words(folded, MAX_WORDS);
		StringBuilder sql = new StringBuilder();
		Map<String, Object> params = new java.util.HashMap<>();
		params.put("day", day);
		params.put("size", size);
		params.put("offset", (long) (page - 1) * size);
		String code = query == null ? "" : query.strip();
		if (code.matches("[0-9]{1,2}\\.[0-9]{6}")) {
			sql.append("SELECT *, 0 AS tier, 0.0 AS rank, 1.0 AS similarity, count(*) OVER () AS total FROM portal_procedure")
					.append(" WHERE code = :code");
			params.put("code", code);
		}
		else if (words.isEmpty()) {
			sql.append("SELECT *, 6 AS tier, 0.0 AS rank, 0.0 AS similarity, count(*) OVER () AS total FROM portal_procedure")
					.append(" WHERE true");
		}
		else {
			String phrase = String.join(" ", words);
			String key = VietnameseText.toneKey(query);
			params.put("f", phrase);
			params.put("keyLike", "% " + key.replace("%", "").replace("_", "") + " %");
			params.put("foldLike", "% " + phrase + " %");
			params.put("all", String.join(" & ", words));
			params.put("prefix", words.stream().map(w -> w + ":*").collect(Collectors.joining(" & ")));
			sql.append("""
					SELECT *,
					  CASE WHEN name_core = :f OR name_folded = :f THEN 0
					       WHEN ' ' || name_key || ' ' LIKE :keyLike THEN 1
					       WHEN ' ' || name_folded || ' ' LIKE :foldLike THEN 2
					       WHEN document @@ to_tsquery('simple', :all) THEN 3
					       WHEN document @@ to_tsquery('simple', :prefix) THEN 4
					       ELSE 5 END AS tier,
					  ts_rank_cd(document, to_tsquery('simple', :prefix)) AS rank,
					  word_similarity(:f, name_folded) AS similarity,
					  count(*) OVER () AS total
					FROM portal_procedure
					WHERE (document @@ to_tsquery('simple', :prefix) OR :f <% name_folded)""");
		}
		sql.append(" AND valid_from <= :day AND (valid_to IS NULL OR valid_to > :day)");
		if (filters.field() != null && !filters.field().isBlank()) {
			sql.append(" AND field_folded = :field");
			params.put("field", VietnameseText.fold(filters.field()));
		}
		if (filters.level() != null) {
			sql.append(" AND :level = ANY(levels)");
			params.put("level", filters.level().name());
		}
		if (filters.online() != null) {
			sql.append(" AND online_level = :online");
			params.put("online", filters.online().name());
		}
		String wrapped = "SELECT * FROM (" + sql + ") hits ORDER BY tier, CASE WHEN tier <= 2 THEN length(name) ELSE 0 END,"
				+ " rank DESC, similarity DESC, name_folded, code LIMIT :size OFFSET :offset";
		long[] total = { 0 };
		List<SearchHit> hits = jdbc.sql(wrapped).params(params).query((rs, n) -> {
			total[0] = rs.getLong("total");
			return hit(rs);
		}).list();
		if (hits.isEmpty() && page > 1) {
			total[0] = jdbc.sql("SELECT count(*) FROM (" + sql + ") hits").params(params).query(Long.class).single();
		}
		return new SearchPage(query == null ? "" : query.strip(), page, size, total[0], hits);
	}

	private static SearchHit hit(ResultSet rs) throws SQLException {
		String online = rs.getString("online_level");
		return new SearchHit(rs.getString("code"), rs.getString("name"), rs.getString("field"), levels(rs.getArray("levels")),
				online == null ? null : OnlineLevel.valueOf(online), rs.getString("time_text"), rs.getInt("version"),
				rs.getObject("valid_from", LocalDate.class), Match.values()[rs.getInt("tier")]);
	}

	private static List<ProcedureLevel> levels(Array array) throws SQLException {
		return new ArrayList<>(Arrays.stream((String[]) array.getArray()).map(ProcedureLevel::valueOf).toList());
	}
}
