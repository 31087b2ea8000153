package org.thongsuot.reorg.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.thongsuot.reorg.ItemMove;
import org.thongsuot.reorg.RunView;

/** The run tables: reorg_run, reorg_progress, reorg_move, reorg_undecided, reorg_count. */
@Repository
public class RunRepository {

	private final JdbcClient jdbc;

	RunRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A run as stored. */
	public record Run(long id, long planId, String mode, String status, String phase, Instant startedAt,
			String startedBy, Instant heartbeatAt, Instant finishedAt, String error) {
	}

	/** A logged move. */
	public record LoggedMove(long id, String subject, ItemMove move) {
	}

	public long start(long planId, String mode, String actor, Instant now) {
		return jdbc.sql("""
				INSERT INTO reorg_run (plan_id, mode, status, phase, started_at, started_by, heartbeat_at)
				VALUES (:plan, :mode, 'RUNNING', 'HANDOVER', :now, :actor, :now) RETURNING id""")
				.param("plan", planId).param("mode", mode).param("now", Timestamp.from(now)).param("actor", actor)
				.query(Long.class).single();
	}

	public Optional<Run> run(long id) {
		return jdbc.sql("SELECT * FROM reorg_run WHERE id = :id").param("id", id).query(RunRepository::run).optional();
	}

	public Optional<Run> running(long planId) {
		return jdbc.sql("SELECT * FROM reorg_run WHERE plan_id = :plan AND status = 'RUNNING'")
				.param("plan", planId).query(RunRepository::run).optional();
	}

	public List<Run> allRunning() {
		return jdbc.sql("SELECT * FROM reorg_run WHERE status = 'RUNNING' ORDER BY id").query(RunRepository::run).list();
	}

	public List<Run> runs(long planId) {
		return jdbc.sql("SELECT * FROM reorg_run WHERE plan_id = :plan ORDER BY id DESC")
				.param("plan", planId).query(RunRepository::run).list();
	}

	public void phase(long runId, String phase, Instant now) {
		jdbc.sql("UPDATE reorg_run SET phase = :phase, heartbeat_at = :now WHERE id = :id")
				.param("phase", phase).param("now", Timestamp.from(now)).param("id", runId).update();
	}

	public void finish(long runId, String status, String error, Instant now) {
		jdbc.sql("""
				UPDATE reorg_run SET status = :status, phase = CASE WHEN :status = 'DONE' THEN 'DONE' ELSE phase END,
				       error = :error, finished_at = :now, heartbeat_at = :now WHERE id = :id""")
				.param("status", status).param("error", error).param("now", Timestamp.from(now)).param("id", runId)
				.update();
	}

	public List<RunView.Progress> progress(long runId) {
		return jdbc.sql("SELECT * FROM reorg_progress WHERE run_id = :run ORDER BY subject")
				.param("run", runId)
				.query((rs, n) -> new RunView.Progress(rs.getString("subject"), rs.getLong("total"), rs.getLong("moved"),
						rs.getLong("undecided"), rs.getBoolean("done")))
				.list();
	}

	/** The cursor of a subject, creating its progress row (with the total to do) on first use. */
	public long cursor(long runId, String subject, long total) {
		jdbc.sql("""
				INSERT INTO reorg_progress (run_id, subject, total) VALUES (:run, :subject, :total)
				ON CONFLICT (run_id, subject) DO NOTHING""")
				.param("run", runId).param("subject", subject).param("total", total).update();
		return jdbc.sql("SELECT CASE WHEN done THEN -1 ELSE cursor END FROM reorg_progress WHERE run_id = :run AND subject = :subject")
				.param("run", runId).param("subject", subject).query(Long.class).single();
	}

	public void advance(long runId, String subject, long cursor, long moved, long undecided, boolean done, Instant now) {
		jdbc.sql("""
				UPDATE reorg_progress SET cursor = :cursor, moved = moved + :moved, undecided = undecided + :undecided,
				       done = :done WHERE run_id = :run AND subject = :subject""")
				.param("cursor", cursor).param("moved", moved).param("undecided", undecided).param("done", done)
				.param("run", runId).param("subject", subject).update();
		jdbc.sql("UPDATE reorg_run SET heartbeat_at = :now WHERE id = :id").param("now", Timestamp.from(now))
				.param("id", runId).update();
	}

	public void logMoves(long planId, long runId, String subject, List<ItemMove> moves, Instant now) {
		if (moves.isEmpty()) {
			return;
		}
		jdbc.sql("""
				INSERT INTO reorg_move (plan_id, run_id, subject, item_id, item_key, from_agency_id, to_agency_id, moved_at)
				SELECT :plan, :run, :subject, m.item_id, m.item_key, m.from_id, m.to_id, :now
				  FROM unnest(CAST(:ids AS bigint[]), CAST(:keys AS text[]), CAST(:froms AS bigint[]), CAST(:tos AS bigint[]))
				       AS m (item_id, item_key, from_id, to_id)""")
				.param("plan", planId).param("run", runId).param("subject", subject).param("now", Timestamp.from(now))
				.param("ids", moves.stream().map(ItemMove::id).toArray(Long[]::new))
				.param("keys", moves.stream().map(ItemMove::key).toArray(String[]::new))
				.param("froms", moves.stream().map(ItemMove::from).toArray(Long[]::new))
				.param("tos", moves.stream().map(ItemMove::to).toArray(Long[]::new))
				.update();
		jdbc.sql("""
				DELETE FROM reorg_undecided WHERE plan_id = :plan AND subject = :subject
				   AND item_id = ANY (CAST(:ids AS bigint[]))""")
				.param("plan", planId).param("subject", subject)
				.param("ids", moves.stream().map(ItemMove::id).toArray(Long[]::new)).update();
	}

	public void undecided(long planId, String subject, long itemId, String key, long oldAgency, String detail, Instant now) {
		jdbc.sql("""
				INSERT INTO reorg_undecided (plan_id, subject, item_id, item_key, old_agency_id, detail, recorded_at)
				VALUES (:plan, :subject, :id, :key, :old, :detail, :now)
				ON CONFLICT (plan_id, subject, item_id) DO UPDATE SET detail = EXCLUDED.detail""")
				.param("plan", planId).param("subject", subject).param("id", itemId).param("key", key)
				.param("old", oldAgency).param("detail", detail).param("now", Timestamp.from(now)).update();
	}

	/** The review queue of a plan. */
	public List<Object[]> undecided(long planId, int limit) {
		return jdbc.sql("""
				SELECT subject, item_id, item_key, old_agency_id, detail FROM reorg_undecided
				 WHERE plan_id = :plan ORDER BY subject, old_agency_id, item_id LIMIT :limit""")
				.param("plan", planId).param("limit", limit)
				.query((rs, n) -> new Object[] { rs.getString(1), rs.getLong(2), rs.getString(3), rs.getLong(4),
						rs.getString(5) })
				.list();
	}

	public long undecidedCount(long planId) {
		return jdbc.sql("SELECT count(*) FROM reorg_undecided WHERE plan_id = :plan").param("plan", planId)
				.query(Long.class).single();
	}

	/** Forward moves of the plan not yet reverted, after the id, oldest first (a rollback's batches). */
	public List<LoggedMove> movesToRevert(long planId, long afterId, int limit) {
		return jdbc.sql("""
				SELECT id, subject, item_id, item_key, from_agency_id, to_agency_id FROM reorg_move
				 WHERE plan_id = :plan AND reverted_run_id IS NULL AND id > :after AND run_id IN
				       (SELECT r.id FROM reorg_run r WHERE r.plan_id = :plan AND r.mode = 'APPLY')
				 ORDER BY id LIMIT :limit""")
				.param("plan", planId).param("after", afterId).param("limit", limit)
				.query((rs, n) -> new LoggedMove(rs.getLong("id"), rs.getString("subject"),
						new ItemMove(rs.getLong("item_id"), rs.getString("item_key"), rs.getLong("from_agency_id"),
								rs.getLong("to_agency_id"), null)))
				.list();
	}

	public long forwardMovesToRevert(long planId) {
		return jdbc.sql("""
				SELECT count(*) FROM reorg_move m JOIN reorg_run r ON r.id = m.run_id
				 WHERE m.plan_id = :plan AND m.reverted_run_id IS NULL AND r.mode = 'APPLY'""")
				.param("plan", planId).query(Long.class).single();
	}

	public void reverted(Collection<Long> moveIds, long runId) {
		if (moveIds.isEmpty()) {
			return;
		}
		jdbc.sql("UPDATE reorg_move SET reverted_run_id = :run WHERE id = ANY (CAST(:ids AS bigint[]))")
				.param("run", runId).param("ids", moveIds.toArray(Long[]::new)).update();
	}

	public boolean hasCounts(long runId, String phase) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM reorg_count WHERE run_id = :run AND phase = :phase)")
				.param("run", runId).param("phase", phase).query(Boolean.class).single();
	}

	public void counts(long runId, String phase, String subject, Map<Long, Long> counts) {
		counts.forEach((agency, count) -> jdbc.sql("""
				INSERT INTO reorg_count (run_id, phase, subject, agency_id, count) VALUES (:run, :phase, :subject, :agency, :count)
				ON CONFLICT (run_id, phase, subject, agency_id) DO UPDATE SET count = EXCLUDED.count""")
				.param("run", runId).param("phase", phase).param("subject", subject).param("agency", agency)
				.param("count", count).update());
	}

	/** Counts of a run and phase: subject, then agency, then count. */
	public Map<String, Map<Long, Long>> counts(long runId, String phase) {
		Map<String, Map<Long, Long>> counts = new HashMap<>();
		jdbc.sql("SELECT subject, agency_id, count FROM reorg_count WHERE run_id = :run AND phase = :phase")
				.param("run", runId).param("phase", phase)
				.query(rs -> {
					counts.computeIfAbsent(rs.getString(1), s -> new HashMap<>()).put(rs.getLong(2), rs.getLong(3));
				});
		return counts;
	}

	/** Moves logged by a run: subject, then (from, to) as "from>to", then count. */
	public Map<String, Map<String, Long>> movedByRun(long runId, boolean reverted) {
		Map<String, Map<String, Long>> moved = new HashMap<>();
		String sql = reverted
				? "SELECT subject, to_agency_id AS f, from_agency_id AS t, count(*) FROM reorg_move WHERE reverted_run_id = :run GROUP BY 1, 2, 3"
				: "SELECT subject, from_agency_id AS f, to_agency_id AS t, count(*) FROM reorg_move WHERE run_id = :run GROUP BY 1, 2, 3";
		jdbc.sql(sql).param("run", runId).query(rs -> {
			moved.computeIfAbsent(rs.getString(1), s -> new HashMap<>()).put(rs.getLong(2) + ">" + rs.getLong(3), rs.getLong(4));
		});
		return moved;
	}

	/** Items of the plan with more than one move not reverted (must be none: a unique index forbids it). */
	public long duplicated(long planId) {
		return jdbc.sql("""
				SELECT count(*) FROM (SELECT subject, item_id FROM reorg_move WHERE plan_id = :plan AND reverted_run_id IS NULL
				 GROUP BY subject, item_id HAVING count(*) > 1) d""")
				.param("plan", planId).query(Long.class).single();
	}

	/** The last forward move of an item with this key (a dossier code), for "where did it go?". */
	public Optional<ItemMove> lastMove(String key) {
		return jdbc.sql("""
				SELECT item_id, item_key, from_agency_id, to_agency_id FROM reorg_move
				 WHERE item_key = :key AND reverted_run_id IS NULL ORDER BY id DESC LIMIT 1""")
				.param("key", key)
				.query((rs, n) -> new ItemMove(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4), null))
				.optional();
	}

	static List<Long> ids(List<LoggedMove> moves) {
		List<Long> ids = new ArrayList<>();
		moves.forEach(m -> ids.add(m.id()));
		return ids;
	}

	private static Run run(ResultSet rs, int n) throws SQLException {
		Timestamp finished = rs.getTimestamp("finished_at");
		return new Run(rs.getLong("id"), rs.getLong("plan_id"), rs.getString("mode"), rs.getString("status"),
				rs.getString("phase"), rs.getTimestamp("started_at").toInstant(), rs.getString("started_by"),
				rs.getTimestamp("heartbeat_at").toInstant(), finished == null ? null : finished.toInstant(),
				rs.getString("error"));
	}
}
