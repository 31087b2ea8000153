package org.thongsuot.dossiers.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.thongsuot.dossiers.DossierTransferred;
import org.thongsuot.reorg.CutoverParticipant;
import org.thongsuot.reorg.HeldItem;
import org.thongsuot.reorg.ItemMove;

/**
 * Dossiers at a cut-over: the unfinished dossiers an ended agency holds (everything but a returned result
 * or a declined submission) go to the successor agency. A dossier keeps its code, history, deadlines and
 * the procedure version it was received under; it gets the new handling agency, its remaining steps at the
 * old agency go to the new one, its version moves on (a form opened before the move is refused as stale),
 * one {@code TRANSFER} row is appended to its history and {@link DossierTransferred} is published.
 */
@Component
class DossierCutover implements CutoverParticipant {

	/** A dossier still in flight (alias {@code d}): the cut-over moves these and leaves finished ones where they ended. */
	static final String OPEN = "d.status NOT IN ('RESULT_RETURNED', 'NOT_ACCEPTED')";

	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final CutoverDetail details;

	DossierCutover(JdbcClient jdbc, ApplicationEventPublisher events, CutoverDetail details) {
		this.jdbc = jdbc;
		this.events = events;
		this.details = details;
	}

	@Override
	public String subject() {
		return "dossier";
	}

	@Override
	@Transactional(readOnly = true)
	public List<HeldItem> held(Collection<Long> agencyIds, long afterId, int limit) {
		return jdbc.sql("SELECT d.id, d.code, d.agency_id, a.locality, d.due_at, d.status, d.step FROM dossier d"
				+ " LEFT JOIN dossier_address a ON a.dossier_id = d.id"
				+ " WHERE d.agency_id = ANY (CAST(:agencies AS bigint[])) AND d.id > :after AND " + OPEN
				+ " ORDER BY d.id LIMIT :limit")
				.param("agencies", agencyIds.toArray(Long[]::new)).param("after", afterId).param("limit", limit)
				.query((rs, n) -> {
					LocalDateTime due = rs.getObject("due_at", LocalDateTime.class);
					return new HeldItem(rs.getLong("id"), rs.getString("code"), rs.getLong("agency_id"),
							rs.getString("locality"), due,
							details.of(rs.getString("status"), String.valueOf(rs.getInt("step") + 1), due));
				})
				.list();
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public List<ItemMove> move(List<ItemMove> moves, String reason, String actor) {
		Instant now = Instant.now();
		Map<Long, ItemMove> byId = new HashMap<>();
		moves.forEach(m -> byId.put(m.id(), m));
		// One statement: the dossiers still at the old agency move, their remaining steps there follow, and
		// each gets its history row; the sub-statements all see the rows as they were before it.
		List<ItemMove> moved = jdbc.sql("""
				WITH m AS (
				  SELECT * FROM unnest(CAST(:ids AS bigint[]), CAST(:froms AS bigint[]), CAST(:tos AS bigint[]),
				                       CAST(:names AS text[])) AS m (id, from_id, to_id, to_name)),
				old AS (SELECT d.id, d.agency_name FROM dossier d JOIN m ON m.id = d.id),
				moved AS (
				  UPDATE dossier d SET agency_id = m.to_id, agency_name = m.to_name, version = d.version + 1
				    FROM m
				   WHERE d.id = m.id AND d.agency_id = m.from_id AND %s
				  RETURNING d.id, d.code, d.status, d.step, m.from_id, m.to_id, m.to_name),
				steps AS (
				  UPDATE dossier_step s SET agency_id = moved.to_id
				    FROM moved
				   WHERE s.dossier_id = moved.id AND s.position >= moved.step AND s.agency_id = moved.from_id
				  RETURNING s.dossier_id),
				history AS (
				  INSERT INTO dossier_history (dossier_id, at, actor, action, from_status, to_status, step, note)
				  SELECT moved.id, :now, :actor, 'TRANSFER', moved.status, moved.status, moved.step,
				         old.agency_name || ' → ' || moved.to_name || ': ' || :reason
				    FROM moved JOIN old ON old.id = moved.id
				  RETURNING dossier_id)
				SELECT id, code, from_id, to_id, to_name FROM moved ORDER BY id""".formatted(OPEN))
				.param("ids", moves.stream().map(ItemMove::id).toArray(Long[]::new))
				.param("froms", moves.stream().map(ItemMove::from).toArray(Long[]::new))
				.param("tos", moves.stream().map(ItemMove::to).toArray(Long[]::new))
				.param("names", moves.stream().map(m -> m.toName() == null ? "#" + m.to() : m.toName()).toArray(String[]::new))
				.param("now", Timestamp.from(now)).param("actor", actor).param("reason", reason)
				.query((rs, n) -> new ItemMove(rs.getLong("id"), rs.getString("code"), rs.getLong("from_id"),
						rs.getLong("to_id"), rs.getString("to_name")))
				.list();
		for (ItemMove m : moved) {
			events.publishEvent(new DossierTransferred(m.key(), m.from(), m.to(), reason, actor, now));
		}
		return moved;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, Long> countByAgency(Collection<Long> agencyIds) {
		Map<Long, Long> counts = new HashMap<>();
		jdbc.sql("SELECT d.agency_id, count(*) FROM dossier d WHERE d.agency_id = ANY (CAST(:agencies AS bigint[])) AND "
				+ OPEN + " GROUP BY d.agency_id")
				.param("agencies", agencyIds.toArray(Long[]::new))
				.query(rs -> {
					counts.put(rs.getLong(1), rs.getLong(2));
				});
		return counts;
	}
}
