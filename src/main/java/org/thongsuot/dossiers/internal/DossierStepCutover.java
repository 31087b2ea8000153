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
import org.thongsuot.dossiers.DossierStepTransferred;
import org.thongsuot.reorg.CutoverParticipant;
import org.thongsuot.reorg.HeldItem;
import org.thongsuot.reorg.ItemMove;

/**
 * Dossier steps at a cut-over: an unfinished dossier's current or later step at an ended agency that is
 * not the dossier's handling agency (a district department doing the appraisal of a commune's dossier,
 * say) goes to that agency's successor. Steps at the handling agency move with the dossier
 * ({@link DossierCutover}); keeping the two sets apart means every step is moved, logged and counted
 * once. The dossier keeps its handling agency; its version moves on (a form opened before is stale), one
 * {@code TRANSFER} row naming the step goes to its history and {@link DossierStepTransferred} is published.
 *
 * <p>An item is one step: its id is {@code dossierId × 64 + position} (a process has far fewer than 64
 * steps), ascending in the primary key's order; its key, for the review queue, {@code "code · bước n"}.
 */
@Component
class DossierStepCutover implements CutoverParticipant {

	static final int POSITIONS = 64;

	/** The steps that count: current or later, of an unfinished dossier, at another agency than the handling one. */
	private static final String REMAINING_ELSEWHERE = "s.position >= d.step AND s.agency_id <> d.agency_id AND "
			+ DossierCutover.OPEN;

	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final CutoverDetail details;

	DossierStepCutover(JdbcClient jdbc, ApplicationEventPublisher events, CutoverDetail details) {
		this.jdbc = jdbc;
		this.events = events;
		this.details = details;
	}

	@Override
	public String subject() {
		return "step";
	}

	@Override
	@Transactional(readOnly = true)
	public List<HeldItem> held(Collection<Long> agencyIds, long afterId, int limit) {
		return jdbc.sql("SELECT s.dossier_id, s.position, s.name, s.agency_id, d.code, d.status, d.step, d.due_at,"
				+ " a.locality FROM dossier_step s JOIN dossier d ON d.id = s.dossier_id"
				+ " LEFT JOIN dossier_address a ON a.dossier_id = d.id"
				+ " WHERE s.agency_id = ANY (CAST(:agencies AS bigint[]))"
				+ " AND (s.dossier_id, s.position) > (:afterDossier, :afterPosition) AND " + REMAINING_ELSEWHERE
				+ " ORDER BY s.dossier_id, s.position LIMIT :limit")
				.param("agencies", agencyIds.toArray(Long[]::new)).param("afterDossier", afterId / POSITIONS)
				.param("afterPosition", (int) (afterId % POSITIONS)).param("limit", limit)
				.query((rs, n) -> {
					int position = rs.getInt("position");
					LocalDateTime due = rs.getObject("due_at", LocalDateTime.class);
					return new HeldItem(rs.getLong("dossier_id") * POSITIONS + position, key(rs.getString("code"), position),
							rs.getLong("agency_id"), rs.getString("locality"), due,
							details.of(rs.getString("status"), (position + 1) + " " + rs.getString("name"), due));
				})
				.list();
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public List<ItemMove> move(List<ItemMove> moves, String reason, String actor) {
		Instant now = Instant.now();
		// One statement: the steps still at the old agency move, their dossiers' version moves on, and each
		// gets a history row naming the step.
		List<Object[]> moved = jdbc.sql("""
				WITH m AS (
				  SELECT * FROM unnest(CAST(:ids AS bigint[]), CAST(:froms AS bigint[]), CAST(:tos AS bigint[]),
				                       CAST(:names AS text[])) AS m (id, from_id, to_id, to_name)),
				moved AS (
				  UPDATE dossier_step s SET agency_id = m.to_id
				    FROM m
				   WHERE s.dossier_id = m.id / :positions AND s.position = m.id % :positions AND s.agency_id = m.from_id
				  RETURNING s.dossier_id, s.position, s.name, m.id, m.from_id, m.to_id, m.to_name),
				bumped AS (
				  UPDATE dossier d SET version = d.version + 1
				    FROM (SELECT DISTINCT dossier_id FROM moved) x WHERE d.id = x.dossier_id
				  RETURNING d.id, d.code, d.status, d.step),
				history AS (
				  INSERT INTO dossier_history (dossier_id, at, actor, action, from_status, to_status, step, note)
				  SELECT moved.dossier_id, :now, :actor, 'TRANSFER', bumped.status, bumped.status, moved.position,
				         'Bước ' || (moved.position + 1) || ' (' || moved.name || ') → ' || moved.to_name || ': ' || :reason
				    FROM moved JOIN bumped ON bumped.id = moved.dossier_id
				  RETURNING dossier_id)
				SELECT moved.id, bumped.code, moved.position, moved.from_id, moved.to_id, moved.to_name
				  FROM moved JOIN bumped ON bumped.id = moved.dossier_id ORDER BY moved.id""")
				.param("ids", moves.stream().map(ItemMove::id).toArray(Long[]::new))
				.param("froms", moves.stream().map(ItemMove::from).toArray(Long[]::new))
				.param("tos", moves.stream().map(ItemMove::to).toArray(Long[]::new))
				.param("names", moves.stream().map(m -> m.toName() == null ? "#" + m.to() : m.toName()).toArray(String[]::new))
				.param("positions", POSITIONS).param("now", Timestamp.from(now)).param("actor", actor)
				.param("reason", reason)
				.query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getLong(4), rs.getLong(5),
						rs.getString(6) })
				.list();
		return moved.stream().map(r -> {
			events.publishEvent(new DossierStepTransferred((String) r[1], (Integer) r[2], (Long) r[3], (Long) r[4], reason,
					actor, now));
			return new ItemMove((Long) r[0], key((String) r[1], (Integer) r[2]), (Long) r[3], (Long) r[4], (String) r[5]);
		}).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, Long> countByAgency(Collection<Long> agencyIds) {
		Map<Long, Long> counts = new HashMap<>();
		jdbc.sql("SELECT s.agency_id, count(*) FROM dossier_step s JOIN dossier d ON d.id = s.dossier_id"
				+ " WHERE s.agency_id = ANY (CAST(:agencies AS bigint[])) AND " + REMAINING_ELSEWHERE
				+ " GROUP BY s.agency_id")
				.param("agencies", agencyIds.toArray(Long[]::new))
				.query(rs -> {
					counts.put(rs.getLong(1), rs.getLong(2));
				});
		return counts;
	}

	static String key(String code, int position) {
		return code + " · bước " + (position + 1);
	}
}
