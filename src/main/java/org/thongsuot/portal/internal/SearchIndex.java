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
 * ignored), the phrase without diacritics, all the words in the name, all the words anywhere (field,
 * subjects, authority), every word as a prefix (in the name, anywhere); when the words find nothing,
 * names that look like the query (trigram word similarity, for typos); within a tier the shorter name first.
 */
@Repository
public class SearchIndex {

	public static final int MAX_WORDS = 12;

	/** What a hit needs (not the text search vectors, which would only weigh down the sort). */
	private static final String HIT_COLUMNS = "p.code, p.name, p.field, p.levels, p.online_level, p.time_text, "
			+ "p.version, p.valid_from, p.name_folded";

	/** The match of each tier of the ranking. */
	private static final Match[] MATCHES = { Match.EXACT_NAME, Match.EXACT_PHRASE, Match.PHRASE, Match.ALL_WORDS,
			Match.ALL_WORDS, Match.PREFIX, Match.PREFIX, Match.FUZZY, Match.ANY };

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
					  online_level, time_text, name_folded, name_core, name_key, field_folded, name_document, document, indexed_at)
					VALUES (:id, :code, :version, :from, :to, :name, :field, :ministry, string_to_array(:levels, ','), :online,
					  :time, :folded, :core, :key, :fieldFolded, to_tsvector('simple', :folded),
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

		boolean any() {
			return (field != null && !field.isBlank()) || level != null || online != null;
		}
	}

	public SearchPage search(String query, Filters filters, LocalDate day, int page, int size) {
		String folded = VietnameseText.fold(query);
		List<String> words = VietnameseText.words(folded, MAX_WORDS);
		Map<String, Object> params = new java.util.HashMap<>();
		params.put("day", day);
		params.put("size", size);
		params.put("offset", (long) (page - 1) * size);
		String filter = filters(filters, params);
		String code = query == null ? "" : query.strip();
		if (code.matches("[0-9]{1,2}\\.[0-9]{6}")) {
			params.put("code", code);
			return run(query, "SELECT " + HIT_COLUMNS + ", 0 AS tier FROM portal_procedure p WHERE code = :code" + filter,
					"tier, code", params, page, size);
		}
		if (words.isEmpty()) {
			return run(query, "SELECT " + HIT_COLUMNS + ", 8 AS tier FROM portal_procedure p WHERE true" + filter,
					"name_folded, code",
					params, page, size);
		}
		String phrase = String.join(" ", words);
		params.put("f", phrase);
		params.put("keyLike", "% " + VietnameseText.toneKey(query).replace("%", "").replace("_", "") + " %");
		params.put("foldLike", "% " + phrase + " %");
		params.put("all", String.join(" & ", words));
		params.put("prefix", words.stream().map(w -> w + ":*").collect(Collectors.joining(" & ")));
		// Full-text search on the GIN index finds the candidates (about a millisecond for the whole catalogue);
		// the tier of each candidate is cheap to compute. No per-row trigram work here: see the fallback below.
		SearchPage found = run(query, "SELECT " + HIT_COLUMNS + """
				,
				  CASE WHEN p.name_core = :f OR p.name_folded = :f THEN 0
				       WHEN ' ' || p.name_key || ' ' LIKE :keyLike THEN 1
				       WHEN ' ' || p.name_folded || ' ' LIKE :foldLike THEN 2
				       WHEN p.name_document @@ q.all_words THEN 3
				       WHEN p.document @@ q.all_words THEN 4
				       WHEN p.name_document @@ q.prefixes THEN 5
				       ELSE 6 END AS tier
				FROM portal_procedure p
				CROSS JOIN (SELECT to_tsquery('simple', :all) AS all_words, to_tsquery('simple', :prefix) AS prefixes) q
				WHERE p.document @@ q.prefixes""" + filter, "tier, length(name), name_folded, code", params, page, size);
		if (found.total() > 0 || (filters.any() && anyWordMatch(params))) {
			return found; // words matched, and only the filters left nothing: no guessing
		}
		// No word matches (a typo inside a word): the names that look like the query (pg_trgm word similarity).
		// It costs tens of milliseconds over the whole catalogue, so only when the words find nothing.
		return fuzzy(query, params, filter, page, size);
	}

	private boolean anyWordMatch(Map<String, Object> params) {
		return Boolean.TRUE.equals(jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM portal_procedure p WHERE p.document @@ to_tsquery('simple', :prefix)
				  AND p.valid_from <= :day AND (p.valid_to IS NULL OR p.valid_to > :day))""")
				.params(params).query(Boolean.class).single());
	}

	private SearchPage fuzzy(String query, Map<String, Object> params, String filter, int page, int size) {
		// The table is small enough that the planner prefers a sequential scan, which computes the similarity
		// of every name (tens of milliseconds); the trigram index finds the few candidates at once.
		jdbc.sql("SET LOCAL enable_seqscan = off").update();
		SearchPage found = run(query, "SELECT " + HIT_COLUMNS + """
				, 7 AS tier, word_similarity(:f, p.name_folded) AS similarity
				FROM portal_procedure p WHERE :f <% p.name_folded""" + filter, "similarity DESC, length(name), code", params, page, size);
		jdbc.sql("SET LOCAL enable_seqscan = on").update();
		return found;
	}

	private SearchPage run(String query, String sql, String order, Map<String, Object> params, int page, int size) {
		long[] total = { 0 };
		List<SearchHit> hits = jdbc.sql("SELECT *, count(*) OVER () AS total FROM (" + sql + ") hits ORDER BY " + order
				+ " LIMIT :size OFFSET :offset").params(params).query((rs, n) -> {
					total[0] = rs.getLong("total");
					return hit(rs);
				}).list();
		if (hits.isEmpty() && page > 1) {
			total[0] = jdbc.sql("SELECT count(*) FROM (" + sql + ") hits").params(params).query(Long.class).single();
		}
		return new SearchPage(query == null ? "" : query.strip(), page, size, total[0], hits);
	}

	private static String filters(Filters filters, Map<String, Object> params) {
		StringBuilder sql = new StringBuilder(" AND p.valid_from <= :day AND (p.valid_to IS NULL OR p.valid_to > :day)");
		if (filters.field() != null && !filters.field().isBlank()) {
			sql.append(" AND p.field_folded = :field");
			params.put("field", VietnameseText.fold(filters.field()));
		}
		if (filters.level() != null) {
			sql.append(" AND :level = ANY(p.levels)");
			params.put("level", filters.level().name());
		}
		if (filters.online() != null) {
			sql.append(" AND p.online_level = :online");
			params.put("online", filters.online().name());
		}
		return sql.toString();
	}

	private static SearchHit hit(ResultSet rs) throws SQLException {
		String online = rs.getString("online_level");
		return new SearchHit(rs.getString("code"), rs.getString("name"), rs.getString("field"), levels(rs.getArray("levels")),
				online == null ? null : OnlineLevel.valueOf(online), rs.getString("time_text"), rs.getInt("version"),
				rs.getObject("valid_from", LocalDate.class), MATCHES[rs.getInt("tier")]);
	}

	private static List<ProcedureLevel> levels(Array array) throws SQLException {
		return new ArrayList<>(Arrays.stream((String[]) array.getArray()).map(ProcedureLevel::valueOf).toList());
	}
}
