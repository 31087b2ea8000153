package org.thongsuot.reorg.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.thongsuot.reorg.AgencyMove;
import org.thongsuot.reorg.ChangeKind;
import org.thongsuot.reorg.Plan;
import org.thongsuot.reorg.PlanChange;
import org.thongsuot.reorg.SplitRule;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The plan tables: reorg_plan, reorg_change, reorg_split_rule, reorg_agency_move, reorg_decision. */
@Repository
public class PlanRepository {

	private static final String PLAN = """
			SELECT p.*, (SELECT count(*) FROM reorg_change c WHERE c.plan_id = p.id) AS changes,
			       (SELECT count(*) FROM reorg_agency_move m WHERE m.plan_id = p.id) AS agencies
			  FROM reorg_plan p""";

	private final JdbcClient jdbc;
	private final JsonMapper json;

	PlanRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	public long insertPlan(String name, LocalDate effective, String legalBasis, String province, String source,
			Instant now, String actor) {
		return jdbc.sql("""
				INSERT INTO reorg_plan (name, effective_date, legal_basis, province_code, source, created_at, created_by)
				VALUES (:name, :effective, :basis, :province, :source, :now, :actor) RETURNING id""")
				.param("name", name).param("effective", effective).param("basis", legalBasis)
				.param("province", province).param("source", source).param("now", java.sql.Timestamp.from(now))
				.param("actor", actor)
				.query(Long.class).single();
	}

	public void insertChanges(long planId, List<PlanChange> changes) {
		for (PlanChange c : changes) {
			jdbc.sql("""
					INSERT INTO reorg_change (plan_id, seq, kind, from_level, from_code, from_name, to_level, to_code,
					                          to_name, relation)
					VALUES (:plan, :seq, :kind, :fl, :fc, :fn, :tl, :tc, :tn, :rel)""")
					.param("plan", planId).param("seq", c.seq()).param("kind", c.kind().name())
					.param("fl", c.fromLevel()).param("fc", c.fromCode()).param("fn", c.fromName())
					.param("tl", c.toLevel()).param("tc", c.toCode()).param("tn", c.toName())
					.param("rel", c.relation())
					.update();
		}
	}

	public void insertSplitRule(long planId, SplitRule rule) {
		jdbc.sql("""
				INSERT INTO reorg_split_rule (plan_id, from_level, from_code, locality, locality_key, to_code)
				VALUES (:plan, :fl, :fc, :loc, :key, :to)
				ON CONFLICT (plan_id, from_level, from_code, locality_key) DO UPDATE SET to_code = EXCLUDED.to_code,
				       locality = EXCLUDED.locality""")
				.param("plan", planId).param("fl", rule.fromLevel()).param("fc", rule.fromCode())
				.param("loc", rule.locality()).param("key", Localities.key(rule.locality())).param("to", rule.toCode())
				.update();
	}

	public void insertAgencyMove(long planId, AgencyMove move) {
		jdbc.sql("""
				INSERT INTO reorg_agency_move (plan_id, old_agency_id, old_agency_name, old_unit_level, old_unit_code,
				                               kind, successor_agency_id, successor_name, candidates)
				VALUES (:plan, :old, :name, :level, :code, :kind, :succ, :succName, CAST(:candidates AS jsonb))
				ON CONFLICT (plan_id, old_agency_id) DO NOTHING""")
				.param("plan", planId).param("old", move.oldAgencyId()).param("name", move.oldAgencyName())
				.param("level", move.unitLevel()).param("code", move.unitCode()).param("kind", move.kind().name())
				.param("succ", move.successorAgencyId()).param("succName", move.successorName())
				.param("candidates", json.writeValueAsString(move.candidates()))
				.update();
	}

	public Optional<Plan> plan(long id) {
		return jdbc.sql(PLAN + " WHERE p.id = :id").param("id", id).query(PlanRepository::plan).optional();
	}

	public List<Plan> plans() {
		return jdbc.sql(PLAN + " ORDER BY p.id DESC").query(PlanRepository::plan).list();
	}

	public List<Long> scheduledDue(LocalDate today) {
		return jdbc.sql("SELECT id FROM reorg_plan WHERE status = 'SCHEDULED' AND effective_date <= :today ORDER BY id")
				.param("today", today).query(Long.class).list();
	}

	public void status(long planId, String status, Instant now) {
		jdbc.sql("""
				UPDATE reorg_plan SET status = :status,
				       applied_at = CASE WHEN :status = 'APPLIED' THEN :now ELSE applied_at END,
				       rolled_back_at = CASE WHEN :status = 'ROLLED_BACK' THEN :now ELSE rolled_back_at END
				 WHERE id = :id""")
				.param("status", status).param("now", java.sql.Timestamp.from(now)).param("id", planId).update();
	}

	public List<PlanChange> changes(long planId) {
		return jdbc.sql("SELECT * FROM reorg_change WHERE plan_id = :plan ORDER BY seq")
				.param("plan", planId)
				.query((rs, n) -> new PlanChange(rs.getInt("seq"), ChangeKind.valueOf(rs.getString("kind")),
						rs.getString("from_level"), rs.getString("from_code"), rs.getString("from_name"),
						rs.getString("to_level"), rs.getString("to_code"), rs.getString("to_name"), rs.getString("relation")))
				.list();
	}

	public List<SplitRule> splitRules(long planId) {
		return jdbc.sql("SELECT * FROM reorg_split_rule WHERE plan_id = :plan ORDER BY from_code, locality_key")
				.param("plan", planId)
				.query((rs, n) -> new SplitRule(rs.getString("from_level"), rs.getString("from_code"),
						rs.getString("locality"), rs.getString("to_code")))
				.list();
	}

	public List<AgencyMove> agencyMoves(long planId) {
		return jdbc.sql("SELECT * FROM reorg_agency_move WHERE plan_id = :plan ORDER BY old_unit_level DESC, old_unit_code, old_agency_id")
				.param("plan", planId)
				.query((rs, n) -> agencyMove(rs))
				.list();
	}

	public List<AgencyMove> notHandedOver(long planId, int limit) {
		return jdbc.sql("""
				SELECT * FROM reorg_agency_move WHERE plan_id = :plan AND handed_over_at IS NULL
				 ORDER BY old_agency_id LIMIT :limit""")
				.param("plan", planId).param("limit", limit)
				.query((rs, n) -> agencyMove(rs))
				.list();
	}

	public void handedOver(long planId, Collection<Long> agencyIds, Instant now) {
		jdbc.sql("""
				UPDATE reorg_agency_move SET handed_over_at = :now
				 WHERE plan_id = :plan AND old_agency_id = ANY (CAST(:ids AS bigint[]))""")
				.param("now", java.sql.Timestamp.from(now)).param("plan", planId)
				.param("ids", agencyIds.toArray(Long[]::new)).update();
	}

	/** The decisions of the review queue: subject, then item key, then the agency chosen. */
	public Map<String, Map<String, Long>> decisions(long planId) {
		Map<String, Map<String, Long>> decisions = new HashMap<>();
		jdbc.sql("SELECT subject, item_key, successor_agency_id FROM reorg_decision WHERE plan_id = :plan")
				.param("plan", planId)
				.query(rs -> {
					decisions.computeIfAbsent(rs.getString("subject"), s -> new HashMap<>())
							.put(rs.getString("item_key"), rs.getLong("successor_agency_id"));
				});
		return decisions;
	}

	public void decide(long planId, String subject, String itemKey, long agencyId, String actor, Instant now) {
		jdbc.sql("""
				INSERT INTO reorg_decision (plan_id, subject, item_key, successor_agency_id, decided_by, decided_at)
				VALUES (:plan, :subject, :key, :agency, :actor, :now)
				ON CONFLICT (plan_id, subject, item_key) DO UPDATE
				   SET successor_agency_id = EXCLUDED.successor_agency_id, decided_by = EXCLUDED.decided_by,
				       decided_at = EXCLUDED.decided_at""")
				.param("plan", planId).param("subject", subject).param("key", itemKey).param("agency", agencyId)
				.param("actor", actor).param("now", java.sql.Timestamp.from(now)).update();
	}

	private AgencyMove agencyMove(ResultSet rs) throws SQLException {
		List<AgencyMove.Candidate> candidates = json.readValue(rs.getString("candidates"),
				new TypeReference<List<AgencyMove.Candidate>>() {
				});
		long successorId = rs.getLong("successor_agency_id");
		Long successor = rs.wasNull() ? null : successorId;
		return new AgencyMove(rs.getLong("old_agency_id"), rs.getString("old_agency_name"),
				rs.getString("old_unit_level"), rs.getString("old_unit_code"), ChangeKind.valueOf(rs.getString("kind")),
				successor, rs.getString("successor_name"), new ArrayList<>(candidates),
				rs.getTimestamp("handed_over_at") != null);
	}

	private static Plan plan(ResultSet rs, int n) throws SQLException {
		return new Plan(rs.getLong("id"), rs.getString("name"), rs.getObject("effective_date", LocalDate.class),
				rs.getString("legal_basis"), rs.getString("province_code"), rs.getString("source"),
				rs.getString("status"), rs.getInt("changes"), rs.getInt("agencies"),
				rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"));
	}
}
