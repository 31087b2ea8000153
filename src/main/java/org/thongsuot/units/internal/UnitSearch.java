package org.thongsuot.units.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.thongsuot.units.Level;
import org.thongsuot.units.MatchKind;
import org.thongsuot.units.UnitSearchHit;

/**
 * Name search over every version, current and past. The query is folded like the stored keys (see
 * {@link VietnameseText}). Two indexed queries at most:
 * <ol>
 * <li>direct matches, found through the B-tree indexes on the keys: the name or full name equals the
 * query or starts with it, or the name equals the query without its leading type word ("Xã Phúc Xá" finds
 * Phường Phúc Xá). Ranked by {@link MatchKind}, then names carrying the query's own diacritics ("Hoà"
 * ranks Hòa Bình before Hoa Lư), then units in force on {@code at} (or today), then provinces before
 * districts before communes, then shorter names;</li>
 * <li>only if those do not fill the limit: similar names, most similar first (pg_trgm {@code %} on the
 * folded name without spaces, so "daklak" finds Đắk Lắk; GIN index).</li>
 * </ol>
 * Similarity is computed only for the rows returned, which keeps a common prefix ("xa") cheap.
 *
 * <p>"Ba Đình, Hà Nội": the parts after the first comma name a parent or the province; each must occur in
 * the unit's folded context (its parent's and province's names).
 */
@Repository
public class UnitSearch {

	/** Type words a query may start with, folded, longest first. */
	private static final List<String> TYPE_WORDS = List.of("thanh pho", "thi tran", "thi xa", "dac khu", "phuong",
			"huyen", "quan", "tinh", "xa", "tp");

	/**
	 * How similar a name must be to count (pg_trgm's default is 0.3). At 0.4 a typo still finds its name
	 * ("Dak Nog" → Đắk Nông, 0.5) and the index rejects more candidates itself: a search costs half as much.
	 */
	static final String SIMILARITY_THRESHOLD = "0.4";

	private final JdbcClient jdbc;

	UnitSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Runs in the caller's transaction if any, else its own: the similarity threshold is set for it alone. */
	@Transactional(readOnly = true)
	public List<UnitSearchHit> search(String query, LocalDate at, Level level, int limit, LocalDate today) {
		List<String> parts = Arrays.stream(query.split("[,;]")).map(String::strip).filter(p -> !p.isEmpty()).toList();
		String name = parts.isEmpty() ? query : parts.get(0);
		Terms terms = new Terms(VietnameseText.fold(name), VietnameseText.toneKey(name),
				parts.stream().skip(1).map(VietnameseText::fold).filter(p -> !p.isEmpty()).toList(), at, level,
				at == null ? today : at);
		if (terms.key().isEmpty()) {
			return List.of();
		}
		List<UnitSearchHit> hits = new ArrayList<>(limit);
		List<Long> found = new ArrayList<>();
		direct(terms, limit).query(rs -> {
			found.add(rs.getLong("id"));
			hits.add(hit(hits.size() + 1, MatchKind.values()[rs.getInt("kind")], rs));
		});
		if (hits.size() < limit) {
			jdbc.sql("SELECT set_config('pg_trgm.similarity_threshold', :threshold, true)")
					.param("threshold", SIMILARITY_THRESHOLD)
					.query(rs -> {
					});
			similar(terms, limit - hits.size(), found).query(rs -> {
				hits.add(hit(hits.size() + 1, MatchKind.FUZZY, rs));
			});
		}
		return hits;
	}

	private JdbcClient.StatementSpec direct(Terms terms, int limit) {
		String sql = """
				SELECT %s, similarity(u.compact_key, :compact) AS similarity, hit.kind
				  FROM (SELECT u.id,
				               CASE WHEN u.name_tone_key = :tone OR u.full_tone_key = :tone THEN 0
				                    WHEN u.name_key = :key OR u.full_name_key = :key OR u.name_key = :bare THEN 1
				                    ELSE 2 END AS kind,
				               NOT (u.name_tone_key LIKE :tonePrefix OR u.full_tone_key LIKE :tonePrefix) AS other_diacritics,
				               NOT u.validity @> CAST(:day AS date) AS out_of_force,
				               CASE u.level WHEN 'PROVINCE' THEN 0 WHEN 'DISTRICT' THEN 1 ELSE 2 END AS level_rank,
				               length(u.name_key) AS length, u.name_key, u.code, lower(u.validity) AS since
				          FROM units_unit u
				         WHERE (u.name_key LIKE :prefix OR u.full_name_key LIKE :prefix OR u.name_key = :bare) %s
				         ORDER BY kind, other_diacritics, out_of_force, level_rank, length, name_key, code,
				                  since DESC NULLS LAST
				         LIMIT :limit) hit
				  JOIN units_unit u ON u.id = hit.id
				 ORDER BY hit.kind, hit.other_diacritics, hit.out_of_force, hit.level_rank, hit.length, hit.name_key,
				          hit.code, hit.since DESC NULLS LAST""".formatted(UnitRows.COLUMNS, filters(terms));
		return bind(jdbc.sql(sql), terms)
				.param("tone", terms.tone())
				.param("tonePrefix", escapeLike(terms.tone()) + "%")
				.param("key", terms.key())
				.param("prefix", escapeLike(terms.key()) + "%")
				.param("limit", limit);
	}

	private JdbcClient.StatementSpec similar(Terms terms, int limit, List<Long> found) {
		String sql = """
				SELECT %s, similarity(u.compact_key, :compact) AS similarity
				  FROM units_unit u
				 WHERE u.compact_key %% :compact AND u.id <> ALL (CAST(:found AS bigint[])) %s
				 ORDER BY similarity DESC, u.validity @> CAST(:day AS date) DESC,
				          CASE u.level WHEN 'PROVINCE' THEN 0 WHEN 'DISTRICT' THEN 1 ELSE 2 END, u.name_key, u.code
				 LIMIT :limit""".formatted(UnitRows.COLUMNS, filters(terms));
		return bind(jdbc.sql(sql), terms)
				.param("found", found.toArray(Long[]::new))
				.param("limit", limit);
	}

	private static String filters(Terms terms) {
		StringBuilder sql = new StringBuilder();
		if (terms.at() != null) {
			sql.append(" AND u.validity @> CAST(:at AS date)");
		}
		if (terms.level() != null) {
			sql.append(" AND u.level = :level");
		}
		for (int i = 0; i < terms.context().size(); i++) {
			sql.append(" AND u.context_key LIKE :context").append(i);
		}
		return sql.toString();
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, Terms terms) {
		String bare = withoutTypeWord(terms.key());
		statement = statement.param("bare", bare).param("compact", bare.replace(" ", "")).param("day", terms.day());
		if (terms.at() != null) {
			statement = statement.param("at", terms.at());
		}
		if (terms.level() != null) {
			statement = statement.param("level", terms.level().name());
		}
		for (int i = 0; i < terms.context().size(); i++) {
			statement = statement.param("context" + i, "%" + escapeLike(terms.context().get(i)) + "%");
		}
		return statement;
	}

	private static UnitSearchHit hit(int rank, MatchKind kind, java.sql.ResultSet rs) throws java.sql.SQLException {
		return new UnitSearchHit(rank, kind, Math.round(rs.getDouble("similarity") * 1000) / 1000.0, UnitRows.read(rs));
	}

	/** "xa phuc xa" to "phuc xa"; a key without a leading type word stays as it is. */
	static String withoutTypeWord(String key) {
		for (String type : TYPE_WORDS) {
			if (key.startsWith(type + " ") && key.length() > type.length() + 1) {
				return key.substring(type.length() + 1);
			}
		}
		return key;
	}

	/** Folded keys hold only letters, digits and spaces, but stay safe if that ever changes. */
	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	/** The folded query and its filters. */
	private record Terms(String key, String tone, List<String> context, LocalDate at, Level level, LocalDate day) {
	}
}
